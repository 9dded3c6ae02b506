#!/bin/bash
# A test that cannot fail is a defect: flip one interface from FSCREDS
# to REALCREDS and one the other way, and the tests must say not ok.
exec sh check/mutation.sh
