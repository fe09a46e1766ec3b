package sim

import "fmt"

// Version identifies the simulation's rules. It is bumped, together with the
// golden hashes in testdata, whenever a change alters any outcome, so a
// replay or save from another version is recognised rather than silently
// replayed to a different ending.
const Version = "19"

// Team is the floor as a whole.
type Team struct {
	Culture    Fixed
	Clarity    Fixed // how much of each rep's effort goes to work that counts
	Process    Fixed // systems, playbooks, routing: culture made repeatable
	Visibility Fixed // forecast accuracy: what the player can tell the executive

	// Effects that have been set in motion but not landed yet: a procedure
	// settles in over a week, a vision talk compounds.
	ProcessPending Fixed
	ClarityPending Fixed
	CulturePending Fixed
	Inspiration    Fixed // the lift from watching the player do the work; turns into morale over days

	LeadPool    int32
	LeadQuality Fixed
	LeadInflow  int32 // per day

	DialQuota  int32 // standing order: dials per rep per day, 0 when off
	ReportsAll bool  // standing order applies to new hires too
	QuotaDay   int32 // 1 + the day the dial quota was last switched on or off, 0 never: once a day
	QuotaPeak  int32 // the highest dial quota that stood today: what the day's misses are judged against
	AllDay     int32 // 1 + the day reports were last ordered for everyone, 0 never

	RevenueToday int64 // revenue closed at today's start: the results authority grows from

	VisionDay    int32 // last day a vision talk was given, -1 never
	CelebrateDay int32
	ReassignDay  int32
	WinsToday    int32 // deals closed today, what a celebration can recognise
}

// Player is the new head of the team.
type Player struct {
	Authority Fixed // formal power from the title; command spends it
	Influence Fixed // earned by example; shows as reps asking for advice
	Energy    Fixed

	Busy   int32    // ticks left in the current action
	Doing  ActionID // the current action while Busy > 0
	Target int32    // its target

	Pipe    [PipeDays]int32 // meetings the player booked on their own calls
	Dials   int32
	Deals   int32
	Revenue int64

	CommandTicks int32 // time spent on command actions
	ExampleTicks int32 // time spent on example actions
	ActionCounts [NumPlayActions]int32
}

// Company is the world around the team.
type Company struct {
	Quota          int64 // quarter revenue target; 0 in the sandbox
	ExecTrust      Fixed
	Market         Fixed // demand multiplier
	Checkins       int32
	CheckinsPassed int32
	// ClosedDay is 1 + the day the floor emptied and the quarter was
	// closed early, 0 while it runs its course.
	ClosedDay int32
	Hires     int32
}

// Difficulty adjusts a scenario for the player.
type Difficulty uint8

const (
	Normal Difficulty = iota
	Easy
	Hard
	Sandbox // no quota and no grade: a place to experiment
)

var difficultyNames = []string{"normal", "easy", "hard", "sandbox"}

func (d Difficulty) String() string {
	if int(d) < len(difficultyNames) {
		return difficultyNames[d]
	}
	return "unknown"
}

// Quota is a scenario's quota at this difficulty: 20% less on easy, 20%
// more on hard, none in the sandbox.
func (d Difficulty) Quota(q int64) int64 {
	switch d {
	case Easy:
		return q * 4 / 5
	case Hard:
		return q * 6 / 5
	case Sandbox:
		return 0
	}
	return q
}

// ParseDifficulty reads a difficulty name.
func ParseDifficulty(s string) (Difficulty, error) {
	for i, n := range difficultyNames {
		if n == s {
			return Difficulty(i), nil
		}
	}
	return 0, fmt.Errorf("difficulty %q is not one of normal, easy, hard, sandbox", s)
}

// Config is what a new quarter is made from.
type Config struct {
	Scenario   *Scenario
	Seed       uint64
	Difficulty Difficulty
	// Params, when non-nil, replaces the scenario's model parameters (the
	// balance lab's -set and -sweep).
	Params *Params
	// Quarters is the campaign's length: 1 for a single quarter, up to
	// MaxQuarters for a year (year.go); 0 plays a campaign scenario's own
	// length, and any other scenario's single quarter.
	Quarters int
}

// World is the whole simulated state. Everything that affects the future is
// in it, and Hash covers all of it.
type World struct {
	Scenario   *Scenario
	Difficulty Difficulty
	Seed       uint64
	P          Params
	// paramsDigest stands for P in the hash: P never changes during a run.
	paramsDigest uint64

	Tick int32 // the next tick to simulate; TicksPerQuarter when the quarter is over

	Reps    []Rep
	Team    Team
	Player  Player
	Company Company
	Events  Events
	Year    Year

	rng  Rng // the key of the outcome dice (call outcomes, deals, advice); never advanced
	erng Rng // the event calendar
	// dice are the outcome dice for one draw site, re-keyed by roll before
	// every use from rng, the tick and the site: transient, so neither
	// saved nor hashed.
	dice Rng

	AdviceRequests int32
	RepsLost       int32
	StartReps      int32
	StartSkill     Fixed // the team's total skill at the start, for skill growth

	// Running sums of the team's hourly mean morale and momentum: what the
	// score reads, so that a search clone without charts scores the same.
	MoraleSum   int64
	MomentumSum int64
	HoursSeen   int32

	// floorIn and floorMemo memoise the floor's factors for the tick (see
	// floorNow). Transient: neither saved nor hashed.
	floorIn   floorInputs
	floorMemo floor

	// notes is where the world tells its driver what happened (see
	// Driver.Ready); nil for a world nobody drives and for every copy.
	// Transient: neither saved nor hashed.
	notes *[]Happening

	// Series holds the charts. A search clone (CopyTo) has none: the
	// expert copies worlds thousands of times a decision, and the charts
	// are most of a world's bytes.
	Series *Series
}

// Streams of the world's generators.
const (
	streamOutcomes = 1
	streamEvents   = 2
)

// NewWorld starts a quarter.
func NewWorld(cfg Config) (*World, error) {
	s := cfg.Scenario
	if s == nil {
		return nil, fmt.Errorf("new world: no scenario")
	}
	p := s.params
	if cfg.Params != nil {
		p = *cfg.Params
	}
	digest := s.checked.digest
	if !s.checked.ok || p != s.checked.p {
		if err := ValidateParams("", &p); err != nil {
			return nil, fmt.Errorf("new world: %w", err)
		}
		digest = p.digest()
	}
	if cfg.Difficulty > Sandbox {
		return nil, fmt.Errorf("new world: unknown difficulty %d", cfg.Difficulty)
	}
	quarters := cfg.Quarters
	if quarters == 0 {
		quarters = 1
		if s.Campaign != nil {
			quarters = s.Campaign.Quarters
		}
	}
	if quarters < 1 || quarters > MaxQuarters {
		return nil, fmt.Errorf("new world: a campaign is 1 to %d quarters, not %d", MaxQuarters, cfg.Quarters)
	}
	w := &World{
		Scenario:   s,
		Difficulty: cfg.Difficulty,
		Seed:       cfg.Seed,
		P:          p,
		Reps:       make([]Rep, 0, MaxReps),
		rng:        NewRng(cfg.Seed, streamOutcomes),
		erng:       NewRng(cfg.Seed, streamEvents),
	}
	for _, rs := range s.Reps {
		w.Reps = append(w.Reps, Rep{Name: rs.Name, Skill: rs.Skill, Experience: rs.Experience, Energy: One,
			Morale: rs.Morale, Trust: rs.Trust, Autonomy: rs.Autonomy, Momentum: F(20, 100),
			LeadQuality: s.Team.LeadQuality, ReportIn: p.ReportEvery})
		w.StartSkill += rs.Skill
	}
	w.StartReps = int32(len(w.Reps))
	w.Team = Team{Culture: s.Team.Culture, Clarity: s.Team.Clarity, Process: s.Team.Process,
		Visibility: s.Team.Visibility, LeadPool: s.Team.LeadPool, LeadQuality: s.Team.LeadQuality,
		LeadInflow: s.Team.LeadInflow, VisionDay: -1, CelebrateDay: -1, ReassignDay: -1}
	w.Player = Player{Authority: s.Player.Authority, Influence: s.Player.Influence, Energy: One}
	w.Company = Company{Quota: s.Quota, ExecTrust: s.Company.ExecTrust, Market: s.Company.Market}
	w.Company.Quota = cfg.Difficulty.Quota(s.Quota)
	switch cfg.Difficulty {
	case Easy:
		w.Player.Authority = (w.Player.Authority + F(10, 100)).Clamp01()
	case Hard:
		w.Team.LeadInflow = w.Team.LeadInflow * 17 / 20
	}
	w.paramsDigest = digest
	w.Year.Quarters = int32(quarters)
	w.Events.Pending = -1
	w.Events.MarketBase = w.Company.Market
	w.Series = newSeries()
	w.startDay()
	return w, nil
}

// Clock returns the position of the next tick to simulate.
func (w *World) Clock() Clock { return ClockAt(int(w.Tick)) }

// Done reports whether the quarter is over.
func (w *World) Done() bool { return w.Tick >= TicksPerQuarter }

// Day is the current day of the quarter (0..64).
func (w *World) Day() int32 { return w.Tick / TicksPerDay }

// HoursLeft is the player's free time left today, in ticks: the time until
// 17:00 less what the current action still needs.
func (w *World) HoursLeft() int32 {
	if w.Done() {
		return 0
	}
	left := TicksPerDay - w.Tick%TicksPerDay - w.Player.Busy
	if left < 0 {
		return 0
	}
	return left
}

// Revenue is the team's revenue so far, the player's own calls included.
func (w *World) Revenue() int64 {
	total := w.Player.Revenue
	for i := range w.Reps {
		total += w.Reps[i].Revenue
	}
	return total
}

// ActiveReps counts the reps still on the team.
func (w *World) ActiveReps() int {
	n := 0
	for i := range w.Reps {
		if !w.Reps[i].Gone {
			n++
		}
	}
	return n
}

// TeamMorale is the mean morale of the active reps.
func (w *World) TeamMorale() Fixed { return w.meanRep(func(r *Rep) Fixed { return r.Morale }) }

// TeamMomentum is the mean momentum of the active reps.
func (w *World) TeamMomentum() Fixed { return w.meanRep(func(r *Rep) Fixed { return r.Momentum }) }

func (w *World) meanRep(f func(*Rep) Fixed) Fixed {
	var sum int64
	n := int64(0)
	for i := range w.Reps {
		if !w.Reps[i].Gone {
			sum += int64(f(&w.Reps[i]))
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return Fixed(sum / n)
}
