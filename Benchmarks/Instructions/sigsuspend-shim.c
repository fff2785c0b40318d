/* Preloaded into planalign when valgrind counts its instructions (Benchmarks/Instructions).
 *
 * valgrind 3.19 crashes on Swift programs: libdispatch waits in sigsuspend() with a signal
 * mask stored in read-only memory, and valgrind's wrapper of that system call writes to the
 * mask. This replacement hands the kernel a copy on the stack instead. Only an idle thread
 * waits there, so the counted work is unchanged.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

int sigsuspend(const sigset_t *mask) {
  sigset_t writable = *mask;
  return (int)syscall(SYS_rt_sigsuspend, &writable, (size_t)(_NSIG / 8));
}
