//go:build race

package core

const stressThreads = 2000
