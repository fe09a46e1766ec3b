package art

//go:generate go run ./gen -o ../../assets/sprites/sheet.png
