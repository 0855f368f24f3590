package main
import (
 _ "github.com/xuri/excelize/v2"
 _ "github.com/spf13/pflag"
 _ "golang.org/x/text/collate"
 _ "golang.org/x/text/encoding/charmap"
 _ "golang.org/x/text/message"
 _ "golang.org/x/text/unicode/norm"
)
func main(){}
