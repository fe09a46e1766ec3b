package lab

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"salesfloor/sim"
)

// benchSeeds is the seeds per cell of BenchmarkBatch: 1000 as in the issue
// (-scenario all -policy all -seeds 1000, 24,000 quarters), or
// SALESFLOOR_BENCH_SEEDS.
func benchSeeds() int {
	if s, err := strconv.Atoi(os.Getenv("SALESFLOOR_BENCH_SEEDS")); err == nil && s > 0 {
		return s
	}
	return 1000
}

// BenchmarkBatch is the whole "-scenario all -policy all -seeds 1000 -format
// json" run, printing every run to io.Discard, with 1 and 2 workers. It
// reports the time per quarter and the peak heap in use, which stays flat
// as the seeds grow (the runs stream through; only summaries are kept).
//
//	go test -run '^$' -bench Batch -benchtime 1x ./sim/lab
func BenchmarkBatch(b *testing.B) {
	seeds := benchSeeds()
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			p := testPlan(b, "all", "all", seeds)
			p.Workers = workers
			quarters := len(p.Scenarios) * len(p.Policies) * seeds
			var peak uint64
			var ms runtime.MemStats
			for i := 0; i < b.N; i++ {
				js := NewJSONStream(io.Discard, Header{SimVersion: sim.Version, FirstSeed: 1, Seeds: seeds}, true)
				_, err := Execute(p, js, func(done, total int) {
					if done%2000 == 0 {
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapInuse)
					}
				})
				if err != nil {
					b.Fatal(err)
				}
				js.Close()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*quarters)/1e3, "µs/quarter")
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/batch")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// BenchmarkRunOne is one measured quarter (default scenario, adaptive),
// the unit of work the batch is made of.
func BenchmarkRunOne(b *testing.B) {
	p := testPlan(b, "default", "adaptive", 1)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := RunOne(&p.Scenarios[0], p.Policies[0], uint64(i), false, true); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkYearSoak plays 100 years (default scenario, balanced, four
// quarters each, one worker) through the lab's runner and reports the
// process's resident memory after 10 years and after 100, which should be
// the same: the runs stream through, and nothing grows with the years.
//
//	go test -run '^$' -bench YearSoak -benchtime 1x ./sim/lab
func BenchmarkYearSoak(b *testing.B) {
	const years = 100
	for i := 0; i < b.N; i++ {
		p := testPlan(b, "default", "balanced", years)
		p.Workers = 1
		for k := range p.Scenarios {
			p.Scenarios[k].Quarters = sim.MaxQuarters
		}
		var rss10, rss100 float64
		var heap10, heap100 uint64
		var ms runtime.MemStats
		js := NewJSONStream(io.Discard, Header{SimVersion: sim.Version, FirstSeed: 1, Seeds: years}, true)
		_, err := Execute(p, js, func(done, total int) {
			if done == 10 || done == years {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				if done == 10 {
					rss10, heap10 = rssMB(), ms.HeapInuse
				} else {
					rss100, heap100 = rssMB(), ms.HeapInuse
				}
			}
		})
		if err != nil {
			b.Fatal(err)
		}
		js.Close()
		b.ReportMetric(rss10, "rss-10y-MB")
		b.ReportMetric(rss100, "rss-100y-MB")
		b.ReportMetric(float64(heap10)/(1<<20), "heap-10y-MB")
		b.ReportMetric(float64(heap100)/(1<<20), "heap-100y-MB")
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N*years)*1e3, "ms/year")
}

// rssMB is the process's resident set in MB (Linux; -1 elsewhere).
func rssMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, err := strconv.ParseFloat(f[1], 64)
			if err == nil {
				return kb / 1024
			}
		}
	}
	return -1
}
