package py

// This file keeps the instances whose default text the VM asked for
// last, so that an error the VM words with that text ("key <__main__.R
// object at 0x...> not in dict") can be given the object itself: a
// KeyError's argument is the key, and its message the key's repr.

import (
	"regexp"
	"strconv"
	"sync"
)

// recentlyFormatted is a ring of the instances String formatted last.
// Holding them keeps their addresses from being reused while there.
var recentlyFormatted struct {
	sync.Mutex
	ring [64]*Instance
	next int
}

// noteFormatted records that o's default text was made.
func noteFormatted(o *Instance) {
	r := &recentlyFormatted
	r.Lock()
	r.ring[r.next%len(r.ring)] = o
	r.next++
	r.Unlock()
}

// reObjectText matches an instance's default text, capturing its address.
var reObjectText = regexp.MustCompile(`^<[^<>]* object at (0x[0-9a-f]+)>$`)

// formattedObject returns the instance whose default text s is, if String
// made it lately.
func formattedObject(s string) *Instance {
	m := reObjectText.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	addr, err := strconv.ParseUint(m[1], 0, 64)
	if err != nil {
		return nil
	}
	r := &recentlyFormatted
	r.Lock()
	defer r.Unlock()
	for _, o := range r.ring {
		if o != nil && uint64(Addr(o)) == addr {
			return o
		}
	}
	return nil
}
