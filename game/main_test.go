package game_test

import (
	"errors"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Tests in this package need Ebiten's loop running (run them under Xvfb:
// xvfb-run -a go test ./game/). TestMain runs the loop and the tests beside
// it, as Ebiten's own tests do.
type loop struct {
	m       *testing.M
	started bool
	done    chan int
}

// jobs run inside a frame of the loop: drawing outside a frame is deferred
// by Ebiten (and allocates), so draw benchmarks run here.
var jobs = make(chan func())
var jobDone = make(chan struct{})

// inFrame runs fn inside the next frame and waits for it.
func inFrame(fn func()) {
	jobs <- fn
	<-jobDone
}

func (l *loop) Update() error {
	if !l.started {
		l.started = true
		go func() { l.done <- l.m.Run() }()
	}
	select {
	case fn := <-jobs:
		fn()
		jobDone <- struct{}{}
	default:
	}
	select {
	case code := <-l.done:
		l.done <- code
		return ebiten.Termination
	default:
	}
	return nil
}

func (l *loop) Draw(*ebiten.Image)         {}
func (l *loop) Layout(w, h int) (int, int) { return 64, 64 }

func TestMain(m *testing.M) {
	l := &loop{m: m, done: make(chan int, 1)}
	ebiten.SetWindowSize(64, 64)
	ebiten.SetRunnableOnUnfocused(true)
	if err := ebiten.RunGame(l); err != nil && !errors.Is(err, ebiten.Termination) {
		panic(err)
	}
	os.Exit(<-l.done)
}
