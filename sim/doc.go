// Package sim is Salesfloor's simulation: a sales floor of reps, the
// player who manages them by command and by example, and the quarter that
// follows from their choices.
//
// It is pure and deterministic. A World is a function of its scenario,
// seed, difficulty, parameters and the commands applied to it: every
// simulated quantity is a fixed-point integer (Fixed), the dice are keyed
// streams (Rng, World.roll), and there is no clock, no global randomness,
// no goroutine and no Ebiten here, so the same command log reaches the same
// state hash (World.Hash) on amd64, arm64 and js/wasm. The goldens in
// testdata pin that; they change only with Version.
//
// The pieces:
//   - World, NewWorld and the tick (tick.go): reps dial, talk and book; the
//     day's end settles the slow quantities; events fire from the scenario.
//   - Command, World.Check and World.Apply: the player's twelve actions and
//     event answers, refused with a reason when they cannot or would change
//     nothing (legal.go lists the moves that can).
//   - Driver: the one loop that plays a world, and its Ready batches of
//     what happened.
//   - Policy: the built-in players, and Expert, the search over copies of
//     the world (CopyTo, Reseed) that the lab judges the balance with.
//   - Outcome and the score; Save and Replay, the files a game leaves.
//
// The game (package game) only reads a World and sends it commands through
// a Driver; the lab (package sim/lab) runs worlds by the thousand.
package sim
