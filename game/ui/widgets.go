package ui

// FocusRing moves keyboard focus through a scene's buttons with Tab and
// Shift+Tab (and the arrow keys when Arrows is set), and turns Enter on the
// focused button into a click at its centre, so keyboard play reuses every
// click handler.
type FocusRing struct {
	Index  int // -1: nothing focused
	Arrows bool
}

// Apply processes focus keys against this frame's focusable rects.
func (f *FocusRing) Apply(in *Input, rects []Rect) {
	n := len(rects)
	if n == 0 {
		f.Index = -1
		return
	}
	if f.Index >= n {
		f.Index = n - 1
	}
	next := in.Key(NavNext) && !in.Shift
	prev := in.Key(NavNext) && in.Shift
	if f.Arrows {
		next = next || in.Key(NavDown) || in.Key(NavRight)
		prev = prev || in.Key(NavUp) || in.Key(NavLeft)
	}
	switch {
	case next:
		f.Index = (f.Index + 1) % n
	case prev:
		if f.Index <= 0 {
			f.Index = n - 1
		} else {
			f.Index--
		}
	}
	in.ConsumeKey(NavNext)
	if f.Index >= 0 && in.Key(NavActivate) {
		in.ConsumeKey(NavActivate)
		r := rects[f.Index]
		in.X, in.Y = r.X+r.W/2, r.Y+r.H/2
		in.Clicked = true
		in.Hover = true
	}
}

// Button is a plain push button.
type Button struct {
	Rect    Rect
	Label   string
	Enabled bool
}

// Menu is a vertical list of buttons with focus, for the title, pause and
// settings screens.
type Menu struct {
	Items []Button
	Ring  FocusRing
	Hover int
	rects []Rect
}

// NewMenu builds a menu of enabled buttons with the first focused.
func NewMenu(labels ...string) *Menu {
	m := &Menu{Ring: FocusRing{Arrows: true}, Hover: -1}
	for _, l := range labels {
		m.Items = append(m.Items, Button{Label: l, Enabled: true})
	}
	return m
}

// Layout places the items in a column starting at x, y.
func (m *Menu) Layout(x, y, w, h, gap float64) {
	for i := range m.Items {
		m.Items[i].Rect = Rect{x, y + float64(i)*(h+gap), w, h}
	}
}

// skipDisabled moves the focus on, the way it was going, past items that
// are disabled (a greyed Continue with no save to continue).
func (m *Menu) skipDisabled(old int) {
	n := len(m.Items)
	i := m.Ring.Index
	if i < 0 || i >= n || i == old || m.Items[i].Enabled {
		return
	}
	step := 1
	if old >= 0 && (old-i+n)%n == 1 {
		step = -1 // it moved back
	}
	for k := 0; k < n && !m.Items[m.Ring.Index].Enabled; k++ {
		m.Ring.Index = (m.Ring.Index + step + n) % n
	}
}

// Update returns the index of the item activated this frame, or -1.
func (m *Menu) Update(in *Input) int {
	m.rects = m.rects[:0]
	for i := range m.Items {
		m.rects = append(m.rects, m.Items[i].Rect)
	}
	old := m.Ring.Index
	m.Ring.Apply(in, m.rects)
	m.skipDisabled(old)
	m.Hover = -1
	for i := range m.Items {
		it := &m.Items[i]
		if in.HoverIn(it.Rect) {
			m.Hover = i
		}
		if it.Enabled && in.ClickIn(it.Rect) {
			in.ConsumeClick()
			m.Ring.Index = i
			return i
		}
	}
	return -1
}
