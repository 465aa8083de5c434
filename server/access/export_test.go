package access

// ReadingWholeSubjects returns a copy of s whose collective changes read whole rows of
// the selected persons, accounts and employments: the reference
// TestCollectiveReadsEnoughColumns compares the selected columns with.
func ReadingWholeSubjects(s *Service) *Service {
	whole := *s
	whole.readWholeSubjects = true
	return &whole
}
