package main

// restoreConsole puts back what setupConsole changed in the console; main
// and the interrupt handler call it before the program exits.
var restoreConsole = func() {}
