// The package's entry points register the built-in APIs; tests that import the machinery directly
// get them registered here.
import '../../handlers/index.js'
