package lab

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"html/template"
	"image/color"
	"math"
	"os"
	"sort"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// The HTML report: one self-contained page (every chart a base64 PNG inside
// it, no scripts, nothing fetched) with, per scenario, the team's morale,
// momentum and output over the quarter for each policy (the mean line and
// the p10–p90 band across seeds), a histogram of scores, and the balance
// report. Charts are drawn with gonum.org/v1/plot.

// policyColors gives each policy, by its position in the run, a colour.
var policyColors = []color.RGBA{
	{0x4c, 0x72, 0xb0, 0xff}, {0xdd, 0x84, 0x52, 0xff}, {0x55, 0xa8, 0x68, 0xff},
	{0xc4, 0x4e, 0x52, 0xff}, {0x81, 0x72, 0xb3, 0xff}, {0x93, 0x78, 0x60, 0xff},
	{0xda, 0x8b, 0xc3, 0xff}, {0x8c, 0x8c, 0x8c, 0xff}, {0xcc, 0xb9, 0x74, 0xff}, {0x64, 0xb5, 0xcd, 0xff},
}

func policyColor(i int) color.RGBA { return policyColors[i%len(policyColors)] }

func withAlpha(c color.RGBA, a uint8) color.NRGBA { return color.NRGBA{c.R, c.G, c.B, a} }

// seriesChart draws one daily series for every policy of a scenario.
func seriesChart(cells []*Cell, s int, title, ylabel string) ([]byte, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "day of the quarter"
	p.Y.Label.Text = ylabel
	for i, c := range cells {
		if c.Series == nil {
			continue
		}
		mean := make(plotter.XYs, SeriesDays)
		band := make(plotter.XYs, 0, 2*SeriesDays)
		for d := 0; d < SeriesDays; d++ {
			b := &c.Series[d][s]
			mean[d] = plotter.XY{X: float64(d + 1), Y: b.Mean()}
			band = append(band, plotter.XY{X: float64(d + 1), Y: b.Quantile(10)})
		}
		for d := SeriesDays - 1; d >= 0; d-- {
			band = append(band, plotter.XY{X: float64(d + 1), Y: c.Series[d][s].Quantile(90)})
		}
		poly, err := plotter.NewPolygon(band)
		if err != nil {
			return nil, err
		}
		poly.Color = withAlpha(policyColor(i), 0x30)
		poly.LineStyle.Width = 0
		line, err := plotter.NewLine(mean)
		if err != nil {
			return nil, err
		}
		line.Color = policyColor(i)
		line.Width = vg.Points(1.5)
		p.Add(poly, line)
	}
	if s != SOutput {
		p.Y.Min, p.Y.Max = 0, 1
	} else {
		p.Y.Min = 0
	}
	return render(p)
}

// scoreChart draws each policy's distribution of scores as a step outline
// over shared bins.
func scoreChart(cells []*Cell, scenario string) ([]byte, error) {
	p := plot.New()
	p.Title.Text = scenario + ": score distribution"
	p.X.Label.Text = "score"
	p.Y.Label.Text = "share of runs"
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, c := range cells {
		for _, b := range c.Acc[MScore].Hist {
			lo = math.Min(lo, float64(b.Min)/65536)
			hi = math.Max(hi, float64(b.Max)/65536)
		}
	}
	if math.IsInf(lo, 0) {
		return render(p)
	}
	lo, hi = math.Floor(lo), math.Ceil(hi)
	if hi <= lo {
		hi = lo + 1
	}
	const bins = 50
	width := (hi - lo) / bins
	for i, c := range cells {
		counts := make([]float64, bins)
		keys := make([]int64, 0, len(c.Acc[MScore].Hist))
		for k := range c.Acc[MScore].Hist {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		for _, k := range keys {
			b := c.Acc[MScore].Hist[k]
			v := (float64(b.Min) + float64(b.Max)) / 2 / 65536
			j := min(int((v-lo)/width), bins-1)
			counts[j] += float64(b.N)
		}
		n := float64(c.N())
		xy := make(plotter.XYs, 0, bins+2)
		xy = append(xy, plotter.XY{X: lo, Y: 0})
		for j := 0; j < bins; j++ {
			xy = append(xy, plotter.XY{X: lo + float64(j+1)*width, Y: counts[j] / n})
		}
		line, err := plotter.NewLine(xy)
		if err != nil {
			return nil, err
		}
		line.StepStyle = plotter.PreStep
		line.Color = policyColor(i)
		line.Width = vg.Points(1.5)
		line.FillColor = withAlpha(policyColor(i), 0x28)
		p.Add(line)
	}
	p.Y.Min = 0
	return render(p)
}

func render(p *plot.Plot) ([]byte, error) {
	p.Add(plotter.NewGrid())
	p.Title.TextStyle.Font.Size = vg.Points(12)
	wt, err := p.WriterTo(6.4*vg.Inch, 3.2*vg.Inch, "png")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if _, err := wt.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// htmlChart is an <img> with its PNG inline. It is written as trusted HTML
// so the base64 text is not entity-escaped (which would double its size).
type htmlChart = template.HTML

func chartImg(alt string, png []byte) htmlChart {
	return template.HTML(`<img alt="` + html.EscapeString(alt) + `" src="data:image/png;base64,` +
		base64.StdEncoding.EncodeToString(png) + `">`)
}

type htmlPolicy struct {
	Policy, Score, CI, Cmd, Mixed, Vs string
	Best                              bool
	Color                             template.CSS
}

type htmlScenario struct {
	Name     string
	Policies []htmlPolicy
	Lines    []string
	Verdict  string
	OK       bool
	Charts   []htmlChart
}

type htmlPage struct {
	Title    string
	Sub      string
	Scenes   []htmlScenario
	Checks   []Check
	Pass     bool
	Mix      string
	Generate string
}

var pageTmpl = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1400px;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.1em} h2{margin-top:2em;border-bottom:1px solid #ccc}
.sub{color:#666} table{border-collapse:collapse;margin:.6em 0} td,th{padding:.2em .8em;text-align:right}
td:first-child,th:first-child{text-align:left} tr.best{font-weight:bold} .sw{display:inline-block;width:.8em;height:.8em;margin-right:.4em;border-radius:2px}
.ok{color:#1a7f37} .fail{color:#cf222e;font-weight:bold} .charts{display:flex;flex-wrap:wrap;gap:8px} .charts img{width:calc(50% - 4px);min-width:420px}
ul.lines{margin:.3em 0;padding-left:1.2em} .verdict{padding:.4em .8em;border-left:4px solid #1a7f37;background:#f3faf5}
.verdict.bad{border-color:#cf222e;background:#fdf3f3}
</style></head><body>
<h1>{{.Title}}</h1>
<p class="sub">{{.Sub}}</p>
<h2>Balance checks: {{if .Pass}}<span class="ok">PASS</span>{{else}}<span class="fail">FAIL</span>{{end}}</h2>
<ul>{{range .Checks}}<li>{{if .OK}}<span class="ok">ok</span>{{else}}<span class="fail">FAIL</span>{{end}} {{.Name}}{{if .Detail}}: {{.Detail}}{{end}}</li>{{end}}</ul>
<p class="sub">{{.Mix}}</p>
{{range .Scenes}}
<h2>{{.Name}}</h2>
<table><tr><th>policy</th><th>mean score</th><th>±95%</th><th>command share</th><th>mixes both styles</th><th>best beats it by</th></tr>
{{range .Policies}}<tr{{if .Best}} class="best"{{end}}><td><span class="sw" style="background:{{.Color}}"></span>{{.Policy}}</td><td>{{.Score}}</td><td>{{.CI}}</td><td>{{.Cmd}}</td><td>{{.Mixed}}</td><td>{{.Vs}}</td></tr>
{{end}}</table>
<ul class="lines">{{range .Lines}}<li>{{.}}</li>{{end}}</ul>
<p class="verdict{{if not .OK}} bad{{end}}">{{.Verdict}}</p>
<p class="legend">{{range .Policies}}<span class="sw" style="background:{{.Color}}"></span>{{.Policy}} &nbsp; {{end}}</p>
<div class="charts">{{range .Charts}}{{.}}{{end}}</div>
{{end}}
<p class="sub">{{.Generate}}</p>
</body></html>
`))

// WriteHTML renders the report page.
func WriteHTML(h Header, cells []*Cell, rep *BalanceReport) ([]byte, error) {
	page := htmlPage{Title: "Salesfloor balance lab",
		Sub: fmt.Sprintf("simulation version %s · seeds %d..%d (%d per scenario × policy)", h.SimVersion, h.FirstSeed,
			h.FirstSeed+uint64(h.Seeds)-1, h.Seeds),
		Checks: rep.Checks, Pass: rep.Pass,
		Mix: fmt.Sprintf("A policy mixes both styles when %.0f%%–%.0f%% of its action time goes to command actions. "+
			"\"A beats B by x%%\" means A's mean score is (1 + x) × B's. Bands are the 10th–90th percentile across seeds; lines the mean.",
			100*rep.Options.MixLo, 100*rep.Options.MixHi),
		Generate: "Generated by cmd/simulate -html.",
	}
	if len(h.Set) > 0 {
		page.Sub += " · set " + strings.Join(h.Set, " ")
	}
	by := map[string][]*Cell{}
	for _, c := range cells {
		by[c.Scenario] = append(by[c.Scenario], c)
	}
	for _, sb := range rep.Scenarios {
		cs := by[sb.Scenario]
		hs := htmlScenario{Name: sb.Scenario, Verdict: sb.Verdict, OK: sb.OK}
		var best *PolicyLine
		for i := range sb.Policies {
			if sb.Policies[i].Policy == sb.Best {
				best = &sb.Policies[i]
			}
		}
		for i := range sb.Policies {
			l := &sb.Policies[i]
			hp := htmlPolicy{Policy: l.Policy, Score: fmt.Sprintf("%.2f", l.Score.Mean), CI: fmt.Sprintf("%.2f", l.Score.CIHi-l.Score.Mean),
				Cmd: fmt.Sprintf("%.0f%%", 100*l.CommandShare), Mixed: "no", Vs: "best", Best: l.Policy == sb.Best}
			c := policyColor(i)
			hp.Color = template.CSS(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B))
			if l.Mixed {
				hp.Mixed = "yes"
			}
			if !hp.Best {
				hp.Vs = gapText(gap(best, l))
			}
			hs.Policies = append(hs.Policies, hp)
		}
		if sb.BestMixed != "" {
			hs.Lines = append(hs.Lines, fmt.Sprintf("Restricted-play gap: %s beats commander by %s and exemplar by %s.", sb.BestMixed, gapText(sb.Commander), gapText(sb.Exemplar)))
		}
		if sb.SkillCeiling != nil {
			hs.Lines = append(hs.Lines, fmt.Sprintf("Skill ceiling: %s beats random by %s.", sb.Best, gapText(sb.SkillCeiling)))
		}
		dead := "none"
		if len(sb.Dead) > 0 {
			dead = strings.Join(sb.Dead, ", ")
		}
		hs.Lines = append(hs.Lines, fmt.Sprintf("Actions %s never uses: %s.", sb.Best, dead))
		charts := []struct {
			s            int
			title, label string
		}{{SMorale, "team morale", "morale (0..1)"}, {SMomentum, "team momentum", "momentum (0..1)"}, {SOutput, "team output: meetings booked per day", "meetings"}}
		for _, ch := range charts {
			if len(cs) == 0 || cs[0].Series == nil {
				break
			}
			png, err := seriesChart(cs, ch.s, sb.Scenario+": "+ch.title, ch.label)
			if err != nil {
				return nil, err
			}
			hs.Charts = append(hs.Charts, chartImg(sb.Scenario+" "+ch.title, png))
		}
		png, err := scoreChart(cs, sb.Scenario)
		if err != nil {
			return nil, err
		}
		hs.Charts = append(hs.Charts, chartImg(sb.Scenario+" score distribution", png))
		page.Scenes = append(page.Scenes, hs)
	}
	var b bytes.Buffer
	if err := pageTmpl.Execute(&b, page); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteHTMLFile writes the report page to path.
func WriteHTMLFile(path string, h Header, cells []*Cell, rep *BalanceReport) error {
	b, err := WriteHTML(h, cells, rep)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
