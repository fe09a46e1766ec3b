package session

import (
	"fmt"
	"strings"

	"salesfloor/sim"
)

// effectWords name the fields events change, as a player says them.
var effectWords = map[string]string{
	"rep.morale": "morale", "rep.momentum": "momentum", "rep.energy": "energy", "rep.trust": "trust in you",
	"rep.skill": "skill", "rep.lead_quality": "lead quality", "team.culture": "culture", "team.clarity": "clarity",
	"team.process": "process", "team.visibility": "visibility", "team.lead_quality": "the leads' quality",
	"company.exec_trust": "executive trust", "player.authority": "your authority", "player.influence": "your influence",
	"player.energy": "your energy",
}

// EffectText says what an event's effects do, in the player's words and
// the bars' points: "Ana's morale +5, trust in you -3". rep is the rep the
// event is about, or -1. It is "" for effects with nothing to say.
func EffectText(w *sim.World, effs []sim.Effect, rep int32) string {
	return effectText(w, effs, rep, true)
}

// EventEffectText is EffectText for an event that fired: a hire it made
// names nobody (the notice of the hire does), and one it could not make,
// every desk taken, says so. A play-test read "a new rep joins the team"
// on a full floor, and nobody joined.
func (s *Session) EventEffectText(rec sim.EventRecord) string {
	d := &s.W.Scenario.Events[rec.Def]
	return effectText(s.W, d.Effects, rec.Rep, s.hiredAt(rec.Tick))
}

// LastEventUnhired reports whether the newest event fired would have hired
// a rep and could not: every desk was taken.
func (s *Session) LastEventUnhired() bool {
	ev := &s.W.Events
	if ev.NLog == 0 {
		return false
	}
	rec := ev.Log[(ev.NLog-1)%sim.EventLogSize]
	for _, e := range s.W.Scenario.Events[rec.Def].Effects {
		if e.Op == "hire" {
			return !s.hiredAt(rec.Tick)
		}
	}
	return false
}

// hiredAt reports whether a rep joined the team at the tick given (an
// event's hire: its notice).
func (s *Session) hiredAt(tick int32) bool {
	for i := range s.Notices {
		if n := &s.Notices[i]; n.Kind == NoticeHire && n.Tick == tick {
			return true
		}
	}
	return false
}

func effectText(w *sim.World, effs []sim.Effect, rep int32, hired bool) string {
	who := "the rep"
	if rep >= 0 && int(rep) < len(w.Reps) {
		who = w.Reps[rep].Name
	}
	var parts []string
	for _, e := range effs {
		pts := e.Amount.Float() * 100
		switch e.Op {
		case "add":
			name := effectWords[e.Field]
			if name == "" {
				name = e.Field
			}
			if strings.HasPrefix(e.Field, "rep.") {
				if e.Target == "all" {
					name = "everyone's " + name
				} else {
					name = who + "'s " + name
				}
			}
			parts = append(parts, fmt.Sprintf("%s %+.0f", name, pts))
		case "drought":
			parts = append(parts, fmt.Sprintf("no new leads for %d days", e.Days))
		case "leads":
			parts = append(parts, fmt.Sprintf("%+.0f leads in the pool", e.Amount.Float()*100))
		case "streak":
			parts = append(parts, who+" on a hot streak")
		case "hire":
			// Not e.Name: the sim names the newcomer as the event fires,
			// another name if that one is on the team (sim's hireName),
			// and the notice of the hire says who joined.
			if hired {
				parts = append(parts, "a new rep joins the team")
			} else {
				parts = append(parts, "but every desk is taken: nobody joins")
			}
		case "threat":
			parts = append(parts, who+" thinks of leaving")
		case "push":
			parts = append(parts, fmt.Sprintf("everyone dials harder for %d days, and tires faster", e.Days))
		case "market":
			parts = append(parts, fmt.Sprintf("the market at x%.2f for %d days", e.Amount.Float(), e.Days))
		case "deal":
			parts = append(parts, fmt.Sprintf("%s closes a deal worth %.1fx a usual one", who, e.Amount.Float()))
		}
	}
	return strings.Join(parts, ", ")
}
