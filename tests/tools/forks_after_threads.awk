# tests/tools/forks_after_threads.awk: reads `strace -f --detach-on=execve -e trace=process`
# output and prints the first process made by a plain fork (fork, or a clone without CLONE_VM)
# once a second thread exists: in the child, a lock another thread held stays locked for ever.
# vfork and posix_spawn's clone (CLONE_VM|CLONE_VFORK) run no fork handlers and are safe.
/CLONE_THREAD/ { threads = 1; next }
threads && (/ fork[(]/ || (/ clone3?[(]/ && !/CLONE_VM/)) { print; exit }
