# The LTP export judged by LTP itself (slow: builds LTP once, about
# 5 minutes, cached in build/ltp).  Included by the Makefile.
#
#   make check-ltp [LTPROOT=DIR] [LTP_ROUNDS=N]

check-ltp: gen/ptrace-access build/deps-ltp.stamp
	@LTP_ROUNDS=$(LTP_ROUNDS) sh check/ltp/check-ltp.sh

LTP_ROUNDS	= 1

.PHONY: check-ltp
