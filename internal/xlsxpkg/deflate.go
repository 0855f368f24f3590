package xlsxpkg

import (
	"bytes"
	"compress/flate"
	"hash/crc32"
)

// Parts are compressed as raw deflate segments that can be laid end to
// end: each ends on a byte boundary with a sync flush and is not marked
// final, and only the last segment of a part closes the stream. So rows
// compressed when their sheet is sealed join, unchanged, the head and
// tail of the sheet that excelize writes at save time.

// segment is a piece of a part, compressed.
type segment struct {
	data []byte
	crc  uint32 // CRC-32 of the uncompressed bytes
	size int64  // uncompressed length
}

// compressor deflates segments with one reused flate.Writer: a new one
// costs about a megabyte, and a workbook has thousands of segments.
type compressor struct {
	level int
	fw    *flate.Writer
	buf   bytes.Buffer
}

// segment compresses raw; final ends the deflate stream.
func (c *compressor) segment(raw []byte, final bool) segment {
	c.buf.Reset()
	if c.fw == nil {
		c.fw, _ = flate.NewWriter(&c.buf, c.level)
	} else {
		c.fw.Reset(&c.buf)
	}
	_, _ = c.fw.Write(raw) // writes to a bytes.Buffer do not fail
	if final {
		_ = c.fw.Close()
	} else {
		_ = c.fw.Flush()
	}
	return segment{data: bytes.Clone(c.buf.Bytes()), crc: crc32.ChecksumIEEE(raw), size: int64(len(raw))}
}

// join is the segments laid end to end.
func join(segs ...segment) segment {
	var out segment
	n := 0
	for _, s := range segs {
		n += len(s.data)
	}
	out.data = make([]byte, 0, n)
	for _, s := range segs {
		out.data = append(out.data, s.data...)
		out.crc = crcCat(out.crc, s.crc, s.size)
		out.size += s.size
	}
	return out
}

var zeros [4096]byte

// crcCat is the CRC-32 of a||b from the CRC-32 of a and of b and b's
// length. CRC-32 is affine in the message: running the register over b
// from a's CRC equals running it from 0 (b's own CRC) plus running the
// difference of the two starting states over len(b) zero bytes.
func crcCat(crcA, crcB uint32, lenB int64) uint32 {
	if crcA == 0 {
		// Update(0, b) = crcB: the difference below would be 0.
		return crcB
	}
	x, z := crcA, uint32(0)
	for n := lenB; n > 0; {
		k := min(n, int64(len(zeros)))
		x = crc32.Update(x, crc32.IEEETable, zeros[:k])
		z = crc32.Update(z, crc32.IEEETable, zeros[:k])
		n -= k
	}
	return crcB ^ x ^ z
}
