/* Not scanned: tools/. */
void f(void) { ptrace_may_access(t, 0); }
