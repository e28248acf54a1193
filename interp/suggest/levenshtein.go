package suggest

// This file is CPython 3.11's Python/suggestions.c: the edit distance
// and the choice of the best candidate.

const (
	maxCandidates = 750 // MAX_CANDIDATE_ITEMS: more candidates, no suggestion
	maxStringSize = 40  // MAX_STRING_SIZE: longer names (after trimming) never match
	moveCost      = 2   // MOVE_COST: insert, delete or substitute
	caseCost      = 1   // CASE_COST: substitute an ASCII letter by its other case
)

// substitutionCost is the cost of replacing byte a by byte b.
func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost // not the same, not a case flip
	}
	if a == b {
		return 0
	}
	if lower(a) == lower(b) {
		return caseCost
	}
	return moveCost
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Distance is the Levenshtein distance between the bytes of a and b
// with suggestions.c's costs, or maxCost+1 when it exceeds maxCost.
func Distance(a, b string, maxCost int) int {
	// Trim away common affixes.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) { // prefer the shorter buffer
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1 // a match is impossible
	}
	return rowDistance(a, b, maxCost)
}

// rowDistance computes the distance updating one row of the matrix in
// place, bailing out once a whole row exceeds maxCost.
func rowDistance(a, b string, maxCost int) int {
	var buffer [maxStringSize]int
	for i := range len(a) {
		buffer[i] = (i + 1) * moveCost // cost from b[:0] to a[:i+1]
	}
	result := 0
	for bi := range len(b) {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := range len(a) {
			substitute := distance + substitutionCost(code, a[i])
			distance = buffer[i]
			result = min(min(result, distance)+moveCost, substitute)
			buffer[i] = result
			minimum = min(minimum, result)
		}
		if minimum > maxCost {
			return maxCost + 1 // everything in this row is too big
		}
	}
	return result
}

// Best returns the candidate closest to name, as calculate_suggestions
// chooses it: the first at the smallest distance, within a third of the
// characters involved; ok is false when there is none, or when there
// are maxCandidates candidates or more.
func Best(candidates []string, name string) (best string, ok bool) {
	if len(candidates) >= maxCandidates {
		return "", false
	}
	bestDistance := int(^uint(0) >> 1)
	for _, item := range candidates {
		if item == name {
			continue
		}
		maxDistance := (len(name) + len(item) + 3) * moveCost / 6
		maxDistance = min(maxDistance, bestDistance-1) // don't take matches already beaten
		d := Distance(name, item, maxDistance)
		if d > maxDistance {
			continue
		}
		if !ok || d < bestDistance {
			best, bestDistance, ok = item, d, true
		}
	}
	return best, ok
}
