// Package runlock keeps two runs of one job from overlapping: the first
// holds an operating-system lock on a small file beside the job file
// (flock on Unix, LockFileEx on Windows); a second run finds it held and
// stops without building or sending. The lock goes with the process, so a
// run that crashes or is killed never leaves a stale lock behind; the file
// itself stays and says which process last held it.
package runlock
