pid=$(ss -ltnp | grep ':3117 ' | sed -E 's/.*pid=([0-9]+).*/\1/')
[ -n "$pid" ] && kill -INT $pid && sleep 5
(PORT=3117 LAWHALL_DATA_DIR=/tmp/fix-matters-data LAWHALL_PG_PORT=54417 LAWHALL_LAWS_IMPORT=0 LAWHALL_RATE_LIMIT=off LAWHALL_TEST_API=1 npm start > /tmp/fm-server.log 2>&1 &)
for i in $(seq 1 60); do curl -sf localhost:3117/api/health >/dev/null && break; sleep 2; done
