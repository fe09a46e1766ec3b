package sim

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// fieldIdent is the constant a field's name calls for: "team.lead_quality"
// is FieldTeamLeadQuality, "reps_lost" FieldRepsLost.
func fieldIdent(name string) string {
	id := "Field"
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == '.' || r == '_' }) {
		id += strings.ToUpper(w[:1]) + w[1:]
	}
	return id
}

// The registry's constants and its table, read from the source as stringer
// reads it: the constants are one iota list, each names the entry it keys
// (FieldTeamCulture is "team.culture"), and the table lists the entries in
// the constants' order. An entry keyed by the wrong constant, a constant or
// an entry moved, or one added to only one of the two fails here.
func TestFieldRegistrySource(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "fields.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var consts, keys []string
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok != token.CONST || len(n.Specs) == 0 || n.Specs[0].(*ast.ValueSpec).Type == nil ||
				n.Specs[0].(*ast.ValueSpec).Type.(*ast.Ident).Name != "Field" {
				return true
			}
			for i, s := range n.Specs {
				vs := s.(*ast.ValueSpec)
				if i > 0 && vs.Values != nil {
					t.Errorf("const %s has a value of its own: the fields are one iota list", vs.Names[0].Name)
				}
				consts = append(consts, vs.Names[0].Name)
			}
		case *ast.ValueSpec:
			if len(n.Names) != 1 || n.Names[0].Name != "fields" {
				return true
			}
			for _, e := range n.Values[0].(*ast.CompositeLit).Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					t.Fatalf("an entry of fields is not keyed by its constant: %#v", e)
				}
				keys = append(keys, kv.Key.(*ast.Ident).Name)
			}
		}
		return true
	})
	if len(consts) != int(NumFields)+1 || consts[NumFields] != "NumFields" {
		t.Fatalf("the Field constants are %v: want %d fields, then NumFields", consts, NumFields)
	}
	consts = consts[:NumFields]
	at := func(list []string, i int) string {
		if i < len(list) {
			return list[i]
		}
		return "nothing"
	}
	for i := range max(len(keys), len(consts)) {
		if at(keys, i) != at(consts, i) {
			t.Errorf("the table's entry %d is keyed %s, constant %d is %s: the table lists the constants in their order",
				i, at(keys, i), i, at(consts, i))
			break
		}
	}
	for f := Field(0); f < NumFields; f++ {
		if want := fieldIdent(f.Name()); consts[f] != want {
			t.Errorf("constant %d is %s, but its entry is %q (%s)", f, consts[f], f.Name(), want)
		}
	}
}

// Every entry is complete and consistent: a unique snake_case name with its
// scope's prefix, the one accessor its unit needs, a policy metric name
// unique in its namespace, and effects only on shares.
func TestFieldRegistryEntries(t *testing.T) {
	w := testWorld(t)
	snake := regexp.MustCompile(`^[a-z]+(_[a-z]+)*$`)
	names := map[string]Field{}
	metrics := map[bool]map[string]Field{false: {}, true: {}} // "rep.<m>", "team.<m>"
	for f := Field(0); f < NumFields; f++ {
		x := &fields[f]
		if x.name == "" {
			t.Errorf("field %d has no entry", f)
			continue
		}
		if prev, dup := names[x.name]; dup {
			t.Errorf("%s and %s are both %q", fieldIdent(prev.Name()), fieldIdent(x.name), x.name)
		}
		names[x.name] = f
		if want := f.Scope().String(); x.scope != ScopeWorld && !strings.HasPrefix(x.name, want+".") {
			t.Errorf("%q: scope %s, but not named %s.*", x.name, want, want)
		}
		if !snake.MatchString(f.Key()) {
			t.Errorf("%q: %q is not snake_case within its scope", x.name, f.Key())
		}
		if g, ok := FieldByName(x.name); !ok || g != f {
			t.Errorf("FieldByName(%q) = %d, %v; want %d", x.name, g, ok, f)
		}
		var typed bool
		switch f.ref(w, &w.Reps[0]).(type) {
		case *Fixed:
			typed = x.unit == UnitShare || x.unit == UnitFactor
		case *int32:
			typed = x.unit == UnitCount
		case *int64:
			typed = x.unit == UnitMoney
		case *bool:
			typed = x.unit == UnitFlag
		}
		if !typed {
			t.Errorf("%q: unit %d, but ref gives a %T", x.name, x.unit, f.ref(w, &w.Reps[0]))
		}
		if x.metric != "" {
			rep := x.scope == ScopeRep
			if prev, dup := metrics[rep][x.metric]; dup {
				t.Errorf("%q and %q are both the policy metric %q", prev.Name(), x.name, x.metric)
			}
			metrics[rep][x.metric] = f
			if !snake.MatchString(x.metric) {
				t.Errorf("%q: metric %q is not snake_case", x.name, x.metric)
			}
		}
		if x.effect != noEffect && x.unit != UnitShare {
			t.Errorf("%q: an effect target must be a 0..1 share", x.name)
		}
		if (x.effect == addMorale || x.effect == addMomentum) != (f == FieldRepMorale || f == FieldRepMomentum) {
			t.Errorf("%q: only rep morale and momentum are booked to a cause", x.name)
		}
	}
	if _, ok := FieldByName("team.happiness"); ok {
		t.Error("FieldByName found a field that is not there")
	}
}

// testWorld is a default-scenario world at its start.
func testWorld(t testing.TB) *World {
	t.Helper()
	s, err := BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWorld(Config{Scenario: s, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// visitRecord is one value the codec visited: its name and its address.
type visitRecord struct {
	name string
	ptr  any
}

// recorder is a codec that notes every value's name and address.
type recorder struct{ seen []visitRecord }

func (c *recorder) note(name string, p any)          { c.seen = append(c.seen, visitRecord{name, p}) }
func (c *recorder) i32(name string, v *int32)        { c.note(name, v) }
func (c *recorder) i64(name string, v *int64)        { c.note(name, v) }
func (c *recorder) u64(name string, v *uint64)       { c.note(name, v) }
func (c *recorder) u8(name string, v *uint8)         { c.note(name, v) }
func (c *recorder) fx(name string, v *Fixed)         { c.note(name, v) }
func (c *recorder) flag(name string, v *bool)        { c.note(name, v) }
func (c *recorder) str(name string, v *string)       { c.note(name, v) }
func (c *recorder) length(name string, n, _ int) int { return n }

// stamper is a codec that gives every value it visits a value of its own.
type stamper struct{ n int32 }

func (c *stamper) next() int32                   { c.n++; return c.n }
func (c *stamper) i32(_ string, v *int32)        { *v = c.next() }
func (c *stamper) i64(_ string, v *int64)        { *v = int64(c.next()) }
func (c *stamper) u64(string, *uint64)           {}
func (c *stamper) u8(string, *uint8)             {}
func (c *stamper) fx(_ string, v *Fixed)         { *v = Fixed(c.next()) }
func (c *stamper) flag(_ string, v *bool)        { *v = c.next()%2 == 0 }
func (c *stamper) str(string, *string)           {}
func (c *stamper) length(_ string, n, _ int) int { return n }

// Each entry's ref reaches the very value the codec saves and hashes under
// the entry's name, as the Go type the codec visits it as; Get reads that
// value (every value in the world made different first); and the registry
// lists the fields in the order the codec first visits them.
func TestFieldsMatchCodec(t *testing.T) {
	w := testWorld(t)
	w.visit(&stamper{})
	var c recorder
	w.visit(&c)
	at := map[any]string{}
	first := map[string]int{}
	for i, v := range c.seen {
		at[v.ptr] = v.name
		if _, ok := first[v.name]; !ok {
			first[v.name] = i
		}
	}
	last := -1
	for f := Field(0); f < NumFields; f++ {
		if fields[f].name == "" {
			continue // TestFieldRegistryEntries says so
		}
		reps := []*Rep{nil}
		if f.Scope() == ScopeRep {
			reps = reps[:0]
			for i := range w.Reps {
				reps = append(reps, &w.Reps[i])
			}
		}
		for _, r := range reps {
			if name, ok := at[f.ref(w, r)]; !ok || name != f.Name() {
				t.Errorf("%q: the codec visits its value as %q", f.Name(), name)
			}
		}
		for _, r := range reps {
			var want int64
			switch v := f.ref(w, r).(type) {
			case *Fixed:
				want = int64(*v)
			case *int32:
				want = int64(*v) << 16
			case *int64:
				want = *v << 16
			case *bool:
				if *v {
					want = int64(One)
				}
			}
			if got := f.Get(w, r); got != want {
				t.Errorf("%q: Get reads %d, the value at ref is %d", f.Name(), got, want)
			}
		}
		i, ok := first[f.Name()]
		if !ok {
			continue // reported above
		}
		if i < last {
			t.Errorf("%q comes after %q in the registry, but before it in the codec", f.Name(), (f - 1).Name())
		}
		last = i
	}
}

// An "add" effect finds every effect field by its name, and refuses any
// other name with the file, the field and the names it could have used.
func TestEffectFields(t *testing.T) {
	for f := Field(0); f < NumFields; f++ {
		effs := []Effect{{Op: "add", Field: f.Name(), Target: "all"}}
		err := compileEffects("s.json", "events[0].effects", effs, pickRandom)
		switch {
		case f.isEffect() && err != nil:
			t.Errorf("%q: %v", f.Name(), err)
		case f.isEffect() && effs[0].field != f:
			t.Errorf("%q compiles to field %q", f.Name(), effs[0].field.Name())
		case !f.isEffect():
			var fe *FileError
			if !errors.As(err, &fe) || fe.File != "s.json" || fe.Field != "events[0].effects[0].field" ||
				!strings.Contains(err.Error(), f.Name()) || !strings.Contains(err.Error(), strings.Join(effectFields, ", ")) {
				t.Errorf("%q is not an effect field, but compiling it gives %v", f.Name(), err)
			}
		}
	}
	if len(effectFields) != 15 {
		t.Errorf("%d effect fields, want the 15 scenarios have always had: %v", len(effectFields), effectFields)
	}
}

// The scenario's start values are registry fields: a "team" object's
// "culture" is team.culture, a rep's "skill" rep.skill.
func TestScenarioSpecsAreFields(t *testing.T) {
	for _, spec := range []struct {
		scope Scope
		typ   reflect.Type
	}{{ScopeRep, reflect.TypeFor[RepSpec]()}, {ScopeTeam, reflect.TypeFor[TeamSpec]()},
		{ScopePlayer, reflect.TypeFor[PlayerSpec]()}, {ScopeCompany, reflect.TypeFor[CompanySpec]()}} {
		for i := 0; i < spec.typ.NumField(); i++ {
			sf := spec.typ.Field(i)
			key, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if spec.scope == ScopeRep && key == "name" {
				continue
			}
			f, ok := FieldByName(spec.scope.String() + "." + key)
			if !ok || f.Key() != key {
				t.Errorf("%s.%s (%q) is not a %s field of the registry", spec.typ.Name(), sf.Name, key, spec.scope)
				continue
			}
			if fixed := sf.Type == reflect.TypeFor[Fixed](); fixed != (f.Unit() == UnitShare || f.Unit() == UnitFactor) {
				t.Errorf("%s.%s is a %s, but %q's unit is %d", spec.typ.Name(), sf.Name, sf.Type, f.Name(), f.Unit())
			}
		}
	}
}

// addAsBefore is how an "add" effect landed before the registry, field by
// field: TestEffectsAddAsBefore holds the registry's rules to it, including
// the fields no golden scenario's events touch.
func addAsBefore(w *World, f Field, r *Rep, d Fixed, cause Cause) {
	p, t := &w.P, &w.Team
	switch f {
	case FieldRepMorale:
		r.addMorale(d, cause)
	case FieldRepMomentum:
		r.addMomentum(d, cause)
	case FieldRepEnergy:
		r.Energy = (r.Energy + d).Clamp01()
	case FieldRepTrust:
		r.Trust = (r.Trust + d).Clamp01()
	case FieldRepSkill:
		r.Skill = (r.Skill + d).Clamp01()
	case FieldRepLeadQuality:
		r.LeadQuality = (r.LeadQuality + d).Clamp(p.LeadQualityFloor, One)
	case FieldTeamCulture:
		t.Culture = (t.Culture + d).Clamp01()
	case FieldTeamClarity:
		t.Clarity = (t.Clarity + d).Clamp01()
	case FieldTeamProcess:
		t.Process = (t.Process + d).Clamp01()
	case FieldTeamVisibility:
		t.Visibility = (t.Visibility + d).Clamp01()
	case FieldTeamLeadQuality:
		t.LeadQuality = (t.LeadQuality + d).Clamp(p.LeadQualityFloor, One)
	case FieldCompanyExecTrust:
		w.Company.ExecTrust = (w.Company.ExecTrust + d).Clamp01()
	case FieldPlayerAuthority:
		w.Player.Authority = (w.Player.Authority + d).Clamp01()
	case FieldPlayerInfluence:
		w.Player.Influence = (w.Player.Influence + d).Clamp01()
	case FieldPlayerEnergy:
		w.Player.Energy = (w.Player.Energy + d).Clamp01()
	default:
		panic("not an effect field: " + f.Name())
	}
}

// Every effect field, added to and taken from by small and large amounts,
// on every rep, ends in the same world as before the registry.
func TestEffectsAddAsBefore(t *testing.T) {
	s, err := BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWorld(Config{Scenario: s, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	w.Step(TicksPerQuarter / 3)
	amounts := []Fixed{One / 100, -One / 7, One, -2 * One, 4 * One, -4 * One, One / 3}
	for f := Field(0); f < NumFields; f++ {
		if !f.isEffect() {
			continue
		}
		got, want := w.Clone(), w.Clone()
		for _, d := range amounts {
			for i := range got.Reps {
				var gr, wr *Rep
				if f.Scope() == ScopeRep {
					gr, wr = &got.Reps[i], &want.Reps[i]
				}
				f.add(got, gr, d, CauseMarket)
				addAsBefore(want, f, wr, d, CauseMarket)
				if got.Hash() != want.Hash() {
					t.Fatalf("%q: adding %s differs from before", f.Name(), d)
				}
			}
		}
	}
}
