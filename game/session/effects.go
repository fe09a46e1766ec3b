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
			parts = append(parts, "a new rep joins the team")
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
