#!/bin/sh
# Builds what makes a one-shot (cron) run start fast, for the JDK that will run it (JAVA, default: java on the PATH):
#   JDK 24 or later: an AOT cache (JEP 483/514: classes loaded and linked ahead of time),  -XX:AOTCache=<dest>/application.aot
#   JDK 17 to 23:    a class-data-sharing archive (Spring Boot's CDS recipe),           -XX:SharedArchiveFile=<dest>/application.jsa
# Both need the jar extracted (plain jars on the class path, the same paths at training and at run time), and a
# training run: one one-shot cycle against remotes that refuse the connection, so it goes through the whole
# start-up (configuration, Flyway, Camel's routes, Quartz, the first remote call) and exits with code 1 at once.
# The training keeps its database in memory; extra arguments go to the training run, e.g. a PostgreSQL URL so that
# the driver's classes are in the cache too. Never train against a database an adapter works on: one-shot mode
# releases every claim at its start.
# Build again after every new jar and every JDK update: the JVM ignores (CDS) or refuses to use (AOT) a stale one.
#
#   scripts/startup-cache.sh [target/zhicheng-sync.jar] [target/startup] [--key=value ...]
#   then run what it prints, e.g. java -XX:AOTCache=target/startup/application.aot -jar target/startup/zhicheng-sync.jar --zhicheng.sync.run-once=true ...
set -eu
JAR=${1:-target/zhicheng-sync.jar}
DEST=${2:-target/startup}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
JAVA=${JAVA:-java}
FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
rm -rf "$DEST"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DEST"
APP="$DEST/$(basename "$JAR")"
if [ "${FEATURE%%.*}" -ge 24 ]; then
  CACHE="$DEST/application.aot"
  TRAIN="-XX:AOTCacheOutput=$CACHE"
  USE="-XX:AOTCache=$CACHE"
else
  CACHE="$DEST/application.jsa"
  TRAIN="-XX:ArchiveClassesAtExit=$CACHE"
  USE="-XX:SharedArchiveFile=$CACHE"
fi
# the training run: one-shot, no web server (one-shot mode starts none), remotes that refuse at once, no retries
"$JAVA" $TRAIN -jar "$APP" \
  --spring.datasource.url="jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --zhicheng.platform.base-url=http://127.0.0.1:9 --zhicheng.platform.client-id=training --zhicheng.platform.client-secret=training \
  --zhicheng.feeds.si.base-url=http://127.0.0.1:9 --zhicheng.feeds.si.app-key=training --zhicheng.feeds.si.app-secret=training \
  --zhicheng.feeds.ce.base-url=http://127.0.0.1:9 --zhicheng.feeds.ce.app-key=training --zhicheng.feeds.ce.app-secret=training \
  --zhicheng.sync.run-once=true --zhicheng.sync.scheduled=false --zhicheng.retry.max-redeliveries=0 "$@" \
  > "$DEST/training.log" 2>&1 || true
test -s "$CACHE" || { echo "no cache written; see $DEST/training.log" >&2; exit 1; }
echo "cache: $CACHE ($(du -h "$CACHE" | cut -f1), Java $FEATURE)"
echo "run:   $JAVA $USE -jar $APP --zhicheng.sync.run-once=true ..."
