//go:build !race

package core

const stressThreads = 10000
