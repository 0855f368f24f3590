@file p33_e674b90c.txt
@unit Xã Liên Hòa
