# tests/tools/forks_after_threads.awk: reads `strace -f -e trace=process` output and prints the
# first process made by a plain fork (a clone without CLONE_VM, or fork/vfork) once a second
# thread exists: in the child, a lock another thread held stays locked for ever. posix_spawn's
# clone (CLONE_VM|CLONE_VFORK) runs no fork handlers and is safe.
/CLONE_THREAD/ { threads = 1; next }
threads && (/ v?fork[(]/ || (/ clone3?[(]/ && !/CLONE_VM/)) { print; exit }
