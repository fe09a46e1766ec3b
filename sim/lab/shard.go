package lab

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"

	"salesfloor/sim"
)

// A shard file is what "-shard i/n" prints: a slice of a batch's seeds,
// with everything needed to reproduce the unsharded output exactly: each
// cell's exact accumulators (integer sums and histograms, which merge
// without rounding), the prepared JSON rows of its runs if the output
// prints them, and the output options, which every shard must share.

// ShardFormat identifies a shard file.
const ShardFormat = "salesfloor-lab-shard"

// ShardMeta is a shard file's header.
type ShardMeta struct {
	Format     string          `json:"format"`
	SimVersion string          `json:"sim_version"`
	Shard      int             `json:"shard"`
	Shards     int             `json:"shards"`
	Seed       uint64          `json:"seed"`
	Seeds      int             `json:"seeds"`
	Set        []string        `json:"set"`
	Series     bool            `json:"series"`
	Runs       bool            `json:"runs"`
	Options    json.RawMessage `json:"options"` // the caller's output options
}

// ShardStream writes a shard file as the runs arrive. It implements Sink.
type ShardStream struct {
	w      *bufio.Writer
	runs   bool
	ncells int
	nruns  int
}

// NewShardStream writes the header.
func NewShardStream(w io.Writer, m ShardMeta) (*ShardStream, error) {
	m.Format = ShardFormat
	if m.Set == nil {
		m.Set = []string{}
	}
	if len(m.Options) == 0 {
		m.Options = json.RawMessage("{}")
	}
	head, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	s := &ShardStream{w: bufio.NewWriterSize(w, 64<<10), runs: m.Runs}
	s.w.Write(head[:len(head)-1])
	s.w.WriteString(",\n\"cells\": [")
	return s, nil
}

// CellStart implements Sink.
func (s *ShardStream) CellStart(c *Cell) {
	if s.ncells > 0 {
		s.w.WriteString(",")
	}
	s.ncells++
	fmt.Fprintf(s.w, "\n{\"scenario\": %s, \"policy\": %s, \"file\": %t, \"quarters\": %d, \"runs\": [", strconv.Quote(c.Scenario), strconv.Quote(c.Policy), c.File, c.Quarters)
	s.nruns = 0
}

// Run implements Sink.
func (s *ShardStream) Run(_ *Cell, r *Result) {
	if !s.runs {
		return
	}
	if s.nruns > 0 {
		s.w.WriteString(",")
	}
	s.nruns++
	s.w.WriteString("\n ")
	s.w.Write(r.Row)
}

// CellEnd implements Sink.
func (s *ShardStream) CellEnd(c *Cell) {
	s.w.WriteString("],\n \"acc\": ")
	b, _ := json.Marshal(cellAccJSON(c))
	s.w.Write(b)
	s.w.WriteString("}")
}

// Close ends the file.
func (s *ShardStream) Close() error {
	s.w.WriteString("\n]}\n")
	return s.w.Flush()
}

type accJSON struct {
	N     int64      `json:"n"`
	Sum   string     `json:"sum"`
	SumSq string     `json:"sumsq"`
	Hist  [][4]int64 `json:"hist"` // key, count, min, max
}

type bandJSON struct {
	N    int64      `json:"n"`
	Sum  int64      `json:"sum"`
	Frac bool       `json:"frac"`
	Bins [][2]int64 `json:"bins"`
}

type cellAcc struct {
	Metrics map[string]accJSON `json:"metrics"`
	Actions map[string]int64   `json:"actions"`
	Series  [][]bandJSON       `json:"series,omitempty"` // [day][series]
}

func cellAccJSON(c *Cell) cellAcc {
	ca := cellAcc{Metrics: map[string]accJSON{}, Actions: map[string]int64{}}
	for i := range c.Acc {
		a := &c.Acc[i]
		aj := accJSON{N: a.N, Sum: a.Sum.String(), SumSq: a.SumSq.String(), Hist: [][4]int64{}}
		for k, b := range a.Hist {
			aj.Hist = append(aj.Hist, [4]int64{k, b.N, b.Min, b.Max})
		}
		sort.Slice(aj.Hist, func(i, j int) bool { return aj.Hist[i][0] < aj.Hist[j][0] })
		ca.Metrics[Metrics[i].Name] = aj
	}
	for a := range c.Actions {
		ca.Actions[sim.Actions[a].Name] = c.Actions[a]
	}
	if c.Series != nil {
		for d := range c.Series {
			row := make([]bandJSON, NumSeries)
			for s := range c.Series[d] {
				b := &c.Series[d][s]
				bj := bandJSON{N: b.N, Sum: b.Sum, Frac: b.frac, Bins: [][2]int64{}}
				for k, n := range b.Bins {
					bj.Bins = append(bj.Bins, [2]int64{int64(k), n})
				}
				sort.Slice(bj.Bins, func(i, j int) bool { return bj.Bins[i][0] < bj.Bins[j][0] })
				row[s] = bj
			}
			ca.Series = append(ca.Series, row)
		}
	}
	return ca
}

func (ca *cellAcc) toCell(c *Cell, file, field string) error {
	for i := range c.Acc {
		aj, ok := ca.Metrics[Metrics[i].Name]
		if !ok {
			return ferr(file, field+".metrics", "missing %s", Metrics[i].Name)
		}
		a := NewAcc(true)
		a.N = aj.N
		var ok1, ok2 bool
		a.Sum, ok1 = ParseInt128(aj.Sum)
		a.SumSq, ok2 = ParseInt128(aj.SumSq)
		if !ok1 || !ok2 {
			return ferr(file, field+".metrics."+Metrics[i].Name, "bad sum")
		}
		for _, h := range aj.Hist {
			a.Hist[h[0]] = Bucket{N: h[1], Min: h[2], Max: h[3]}
		}
		c.Acc[i] = a
	}
	for a := range c.Actions {
		c.Actions[a] = ca.Actions[sim.Actions[a].Name]
	}
	if c.Series != nil {
		if len(ca.Series) != SeriesDays {
			return ferr(file, field+".series", "has %d days, not %d", len(ca.Series), SeriesDays)
		}
		for d := range c.Series {
			if len(ca.Series[d]) != NumSeries {
				return ferr(file, fmt.Sprintf("%s.series[%d]", field, d), "has %d series, not %d", len(ca.Series[d]), NumSeries)
			}
			for s := range c.Series[d] {
				bj := ca.Series[d][s]
				b := NewBand(bj.Frac)
				b.N, b.Sum = bj.N, bj.Sum
				for _, kn := range bj.Bins {
					b.Bins[int32(kn[0])] = kn[1]
				}
				c.Series[d][s] = b
			}
		}
	}
	return nil
}

// ShardCell is one cell of a shard file.
type ShardCell struct {
	Scenario string            `json:"scenario"`
	Policy   string            `json:"policy"`
	File     bool              `json:"file"`
	Quarters int               `json:"quarters"`
	Runs     []json.RawMessage `json:"runs"`
	Acc      cellAcc           `json:"acc"`
}

// ShardFile is a parsed shard file.
type ShardFile struct {
	ShardMeta
	Cells []ShardCell `json:"cells"`
}

// ReadShard reads a shard file.
func ReadShard(file string) (*ShardFile, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var sf ShardFile
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&sf); err != nil {
		return nil, &sim.FileError{File: file, Offset: dec.InputOffset(), Err: err}
	}
	if sf.Format != ShardFormat {
		return nil, ferr(file, "format", "%q is not %q: not a shard file (make one with -shard i/n)", sf.Format, ShardFormat)
	}
	return &sf, nil
}

// Merged is what merging shard files gives: the unsharded batch.
type Merged struct {
	Meta  ShardMeta
	Cells []*Cell
	Rows  [][]json.RawMessage // per cell, the runs in seed order
}

// MergeShards checks that the files are the n shards of one batch, each
// once, and combines them into the unsharded result.
func MergeShards(files []string, shards []*ShardFile) (*Merged, error) {
	if len(shards) == 0 {
		return nil, fmt.Errorf("merge: no shard files")
	}
	first := shards[0]
	n := first.Shards
	if len(shards) != n {
		return nil, fmt.Errorf("merge: %s is shard %d of %d, and %d files were given", files[0], first.Shard, n, len(shards))
	}
	order := make([]int, n)
	for i := range order {
		order[i] = -1
	}
	for i, sf := range shards {
		same := sf.SimVersion == first.SimVersion && sf.Shards == n && sf.Seed == first.Seed && sf.Seeds == first.Seeds &&
			slices.Equal(sf.Set, first.Set) && sf.Series == first.Series && sf.Runs == first.Runs &&
			bytes.Equal(compactJSON(sf.Options), compactJSON(first.Options)) && len(sf.Cells) == len(first.Cells)
		if same {
			for j := range sf.Cells {
				a, b := sf.Cells[j], first.Cells[j]
				same = same && a.Scenario == b.Scenario && a.Policy == b.Policy && a.File == b.File && a.Quarters == b.Quarters
			}
		}
		if !same {
			return nil, fmt.Errorf("merge: %s is not a shard of the same batch as %s (sim version, seeds, -set, options or cells differ)", files[i], files[0])
		}
		if sf.Shard < 0 || sf.Shard >= n {
			return nil, fmt.Errorf("merge: %s: shard %d is not in 0..%d", files[i], sf.Shard, n-1)
		}
		if order[sf.Shard] >= 0 {
			return nil, fmt.Errorf("merge: %s and %s are both shard %d", files[order[sf.Shard]], files[i], sf.Shard)
		}
		order[sf.Shard] = i
	}
	m := &Merged{Meta: first.ShardMeta}
	for ci, fc := range first.Cells {
		cell := NewCell(fc.Scenario, fc.Policy, fc.File, first.Series)
		cell.Quarters = fc.Quarters
		var rows []json.RawMessage
		for _, si := range order {
			sc := &shards[si].Cells[ci]
			part := NewCell(fc.Scenario, fc.Policy, fc.File, first.Series)
			if err := sc.Acc.toCell(part, files[si], fmt.Sprintf("cells[%d].acc", ci)); err != nil {
				return nil, err
			}
			cell.Merge(part)
			rows = append(rows, sc.Runs...)
		}
		m.Cells = append(m.Cells, cell)
		m.Rows = append(m.Rows, rows)
	}
	return m, nil
}

func compactJSON(b []byte) []byte {
	var out bytes.Buffer
	if json.Compact(&out, b) != nil {
		return b
	}
	return out.Bytes()
}

// Replay sends the merged runs to a sink, as Execute would have.
func (m *Merged) Replay(sink Sink) {
	for i, c := range m.Cells {
		sink.CellStart(c)
		for _, row := range m.Rows[i] {
			sink.Run(c, &Result{Row: row})
		}
		sink.CellEnd(c)
	}
}
