# zhicheng-sync as a container image. Build after `mvn package` (the jar is target/zhicheng-sync.jar):
#   docker build -t zhicheng-sync:0.1.0 .
# compose.yaml runs it with PostgreSQL. The image carries the routes and the default reference data (inside the jar);
# every deployment setting comes from the environment (docs/operators.md, "Containers"). Not built on the project's own
# machines, which reach no image registry: ContainerFilesTest checks what can be checked without an engine.
FROM eclipse-temurin:17-jre

# curl for the HEALTHCHECK below; nothing else is added to the base image
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 zhicheng \
 && useradd --system --uid 10001 --gid zhicheng --home-dir /var/lib/zhicheng-sync --create-home --shell /usr/sbin/nologin zhicheng

COPY target/zhicheng-sync.jar /opt/zhicheng-sync/lib/zhicheng-sync.jar

# never root: a numeric user, so an orchestrator's runAsNonRoot can check it without reading /etc/passwd
USER 10001:10001
WORKDIR /var/lib/zhicheng-sync

# The heap follows the container's memory limit (75 % of it, the rest for metaspace, threads and the JIT); a JVM out of
# memory exits, and the container's restart policy starts it again, instead of limping on.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

EXPOSE 8080
# liveness: the process answers (Boot 4's probe group, open without login); a slow first start of a large schema gets
# its start period
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/liveness || exit 1

ENTRYPOINT ["java", "-jar", "/opt/zhicheng-sync/lib/zhicheng-sync.jar"]
