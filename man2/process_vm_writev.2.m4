m4_dnl A link page (man-pages(7)): process_vm_writev shares the page of
m4_dnl process_vm_readv, as in the system's manual.
.so man2/process_vm_readv.2
