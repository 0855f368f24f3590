package job

import (
	"path/filepath"

	"github.com/chitieu/chitieu/internal/report"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// OutputData are the fields of the output file name template.
type OutputData struct {
	Date  string // report date, YYYY-MM-DD
	Year  int    // report year (of the job, else of the date)
	Month string // 01 … 12, of the date
	Unit  string // the unit of a per-unit workbook; "" for the whole report
}

// MessageData are the fields of the subject and body templates.
type MessageData struct {
	Title   string   // the report's title
	Year    int      // the report's latest year
	Date    string   // report date, DD/MM/YYYY
	Unit    string   // the unit of a per-unit workbook; "" for the whole report
	Units   []string // the units in the workbook
	File    string   // the attachment's file name
	Figures []Figure // key figures, at most MaxFigures
	More    int      // key figures left out of Figures
}

// Figure is one key figure of the report, written the Vietnamese way.
type Figure struct {
	Unit  string // "Quận Hoàng Mai"
	Name  string // "Thu ngân sách nhà nước"
	Value string // "7.004,91"
	UOM   string // "tỷ đồng", "%"
	Text  string // value and unit as written: "7.004,91 tỷ đồng", "10,74%"
	Plan  bool   // no actual figure yet: this is the plan
}

// MaxFigures bounds the figures a message lists; the workbook has them all.
const MaxFigures = 30

// DefaultSubject and DefaultBody are the message templates when the job
// file gives none.
const (
	DefaultSubject = `Báo cáo chỉ tiêu kinh tế - xã hội năm {{.Year}}{{if .Unit}} - {{.Unit}}{{end}}`
	DefaultBody    = `Kính gửi{{if .Unit}} {{.Unit}}{{else}} Quý lãnh đạo{{end}},

Xin gửi kèm báo cáo kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm {{.Year}}, lập ngày {{.Date}} (tệp {{.File}}).
{{if .Figures}}
Một số chỉ tiêu chính:
{{range .Figures}}- {{.Unit}}: {{.Name}} {{.Text}}{{if .Plan}} (kế hoạch){{end}}
{{end}}{{if .More}}và {{.More}} số liệu khác trong tệp đính kèm.
{{end}}{{end}}
Thư này do chitieu gửi tự động. Số liệu chi tiết và nguồn của từng số nằm trong tệp đính kèm.
`
)

// NewMessageData gathers the template fields from a built report.
func NewMessageData(rep *report.Report, unit, workbook string) MessageData {
	d := MessageData{
		Title: rep.Title, Year: rep.Latest, Date: rep.Date.Format("02/01/2006"),
		Unit: unit, File: filepath.Base(workbook),
	}
	for _, u := range rep.Units {
		d.Units = append(d.Units, u.Name)
		for i, cell := range u.Summary {
			if cell.Figure == nil || i >= len(rep.Key) {
				continue
			}
			if len(d.Figures) == MaxFigures {
				d.More++
				continue
			}
			ind := rep.Key[i]
			dec := 2
			if ind.Measure == report.Count {
				dec = 0
			}
			v := cell.Figure.Value
			f := Figure{Unit: u.Name, Name: ind.Name, UOM: ind.UOM, Plan: cell.IsPlan, Value: vnnum.Format(v, report.Decimals(v, dec))}
			f.Text = f.Value + " " + f.UOM
			if f.UOM == "%" || f.UOM == "" {
				f.Text = f.Value + f.UOM
			}
			d.Figures = append(d.Figures, f)
		}
	}
	return d
}

// sampleMessage is what templates are tried on when the job is checked.
func sampleMessage() MessageData {
	return MessageData{
		Title: report.DefaultTitle, Year: 2024, Date: "05/02/2025", Unit: "Quận Hoàng Mai",
		Units: []string{"Quận Hoàng Mai"}, File: "bao-cao.xlsx",
		Figures: []Figure{{Unit: "Quận Hoàng Mai", Name: "Thu ngân sách", Value: "7.004,91", UOM: "tỷ đồng", Text: "7.004,91 tỷ đồng"}},
	}
}
