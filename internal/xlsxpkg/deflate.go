package xlsxpkg

import (
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"runtime"
	"sync"
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

// pool compresses on the machine's other cores while rows are being
// written: jobs run in goroutines, at most one a core at a time (a job
// waits for a free core, which bounds the memory of pending work), each
// with a compressor of its own. Results go to slots reserved when the job
// is submitted, so the output does not depend on which job ends first.
type pool struct {
	sem   chan struct{}
	wg    sync.WaitGroup
	comps sync.Pool
}

func newPool(level int) *pool {
	p := &pool{sem: make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))}
	p.comps.New = func() any { return &compressor{level: level} }
	return p
}

// run runs job on a free core.
func (p *pool) run(job func(c *compressor)) {
	p.sem <- struct{}{}
	p.wg.Add(1)
	go func() {
		defer func() { <-p.sem; p.wg.Done() }()
		c := p.comps.Get().(*compressor)
		job(c)
		p.comps.Put(c)
	}()
}

// wait waits for every job.
func (p *pool) wait() { p.wg.Wait() }

// with runs f with a compressor on this goroutine.
func (p *pool) with(f func(c *compressor)) {
	c := p.comps.Get().(*compressor)
	f(c)
	p.comps.Put(c)
}

// parallelDeflate is a deflate stream written a chunk at a time, the
// chunks compressed by the pool and written to out in order; the CRC and
// sizes of the part follow.
type parallelDeflate struct {
	pool      *pool
	out       io.Writer
	buf       []byte
	crc       uint32
	raw, comp int64
	fifo      []*pendingSegment
	err       error
}

type pendingSegment struct {
	seg  segment
	done chan struct{}
}

func (d *parallelDeflate) Write(b []byte) (int, error) {
	d.buf = append(d.buf, b...)
	if len(d.buf) >= chunkSize {
		d.submit()
	}
	return len(b), d.err
}

func (d *parallelDeflate) submit() {
	raw := d.buf
	d.buf = make([]byte, 0, chunkSize+64<<10)
	d.crc = crc32.Update(d.crc, crc32.IEEETable, raw)
	d.raw += int64(len(raw))
	ps := &pendingSegment{done: make(chan struct{})}
	d.fifo = append(d.fifo, ps)
	d.pool.run(func(c *compressor) { ps.seg = c.segment(raw, false); close(ps.done) })
	for len(d.fifo) > cap(d.pool.sem)+1 {
		d.writeFirst()
	}
}

func (d *parallelDeflate) writeFirst() {
	ps := d.fifo[0]
	d.fifo = d.fifo[1:]
	<-ps.done
	if d.err == nil {
		_, d.err = d.out.Write(ps.seg.data)
	}
	d.comp += int64(len(ps.seg.data))
}

// Close writes what is left and ends the stream.
func (d *parallelDeflate) Close() error {
	if len(d.buf) > 0 {
		d.submit()
	}
	for len(d.fifo) > 0 {
		d.writeFirst()
	}
	var end segment
	d.pool.with(func(c *compressor) { end = c.segment(nil, true) })
	if d.err == nil {
		_, d.err = d.out.Write(end.data)
	}
	d.comp += int64(len(end.data))
	return d.err
}
