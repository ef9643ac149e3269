"""Live Cursor-on-Target feeds: ATAK devices, TAK servers and multicast groups, in and out.

``urls`` reads a feed's address, ``framing`` cuts a byte stream or datagram into single
events (CoT XML or TAK protocol protobuf), ``ingest`` turns batches of events into records
exactly as a file import would (one transaction per batch), ``transports`` holds the sockets
(UDP unicast and multicast, TCP, TLS with a PKCS#12 client certificate), ``sender`` picks
what an audience may receive and writes it as CoT, and ``definitions`` keeps this
installation's feeds in ``feeds.json``. Nothing connects unless a feed is started.

Plain Python: no Qt. The UI runs these in its own worker threads.
"""
