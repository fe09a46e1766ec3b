package sim

// Support for the balance lab (sim/lab): small exported views of logic the
// built-in policies use, so that policies written as data answer events the
// same way the built-in ones do.

// ChooseFor returns the answer the built-in policies give to an event: the
// choice whose effects help morale, trust and the executive's trust most.
func ChooseFor(w *World, d *EventDef) int32 { return chooseFor(w, d, AllActions) }
