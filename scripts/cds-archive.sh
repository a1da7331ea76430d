#!/bin/sh
# Builds a class-data-sharing archive for one-shot (cron) runs: Spring Boot's "Class Data Sharing" recipe
# (docs.spring.io/spring-boot/reference/packaging/class-data-sharing.html). The jar is extracted (CDS needs
# plain jars on the class path), then a training run starts the application context and exits at once
# (-Dspring.context.exit=onRefresh), writing every class it loaded to the archive. Run it again after every
# upgrade of the jar: the JVM ignores an archive that does not match its class path.
#
#   scripts/cds-archive.sh [target/zhicheng-sync.jar] [target/cds]
#   java -XX:SharedArchiveFile=target/cds/application.jsa -jar target/cds/zhicheng-sync.jar --zhicheng.sync.run-once=true ...
set -eu
JAR=${1:-target/zhicheng-sync.jar}
DEST=${2:-target/cds}
rm -rf "$DEST"
java -Djarmode=tools -jar "$JAR" extract --destination "$DEST"
APP="$DEST/$(basename "$JAR")"
# the training run needs a configuration that starts; it reaches no remote system and keeps its database in memory
java -XX:ArchiveClassesAtExit="$DEST/application.jsa" -Dspring.context.exit=onRefresh -jar "$APP" \
  --spring.datasource.url="jdbc:h2:mem:cds;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --zhicheng.platform.base-url=http://127.0.0.1:9 --zhicheng.platform.client-id=cds --zhicheng.platform.client-secret=cds \
  --zhicheng.feeds.si.base-url=http://127.0.0.1:9 --zhicheng.feeds.si.app-key=cds --zhicheng.feeds.si.app-secret=cds \
  --zhicheng.feeds.ce.base-url=http://127.0.0.1:9 --zhicheng.feeds.ce.app-key=cds --zhicheng.feeds.ce.app-secret=cds \
  --zhicheng.sync.scheduled=false --server.port=0 > "$DEST/training.log" 2>&1 || true
test -s "$DEST/application.jsa" || { echo "no archive written; see $DEST/training.log" >&2; exit 1; }
echo "archive: $DEST/application.jsa ($(du -h "$DEST/application.jsa" | cut -f1)), application: $APP"
