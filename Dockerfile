# syntax=docker/dockerfile:1
# Redlines as a container image: built with the Maven wrapper (the committed frontend bundle means no Node.js), run
# on a JRE as a non-root user with the H2 data on a volume.
#
# The base images are build arguments. Their defaults are the public images an operator would use; where those
# cannot be pulled, scripts/container-test.sh makes equivalent ones from Debian's packages and passes them here
# (docs/adr/0025). Both must offer java on PATH, a POSIX shell and apt or curl.
ARG BUILD_IMAGE=eclipse-temurin:21-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:21-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
# Dependencies first, in a layer of their own, so that a change of the sources does not download them again.
RUN ./mvnw -B -q -ntp dependency:go-offline -Dspotless.check.skip=true || true
COPY src src
COPY frontend frontend
# Spring Boot's layers: libraries change less often than the application, so they get layers of their own.
RUN ./mvnw -B -q -ntp package -DskipTests -Dspotless.check.skip=true \
    && mkdir /app \
    && cp target/redlines-*.jar /app/redlines.jar \
    && cd /app \
    && java -Djarmode=tools -jar redlines.jar extract --layers --launcher --destination extracted

FROM ${RUNTIME_IMAGE}
# curl for the health check: already in the Debian-made base, installed here on the public one.
RUN command -v curl >/dev/null 2>&1 \
    || (apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*); \
    useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin redlines \
    && mkdir -p /data /app \
    && chown redlines /data
WORKDIR /app
COPY --from=build /app/extracted/dependencies/ ./
COPY --from=build /app/extracted/spring-boot-loader/ ./
COPY --from=build /app/extracted/snapshot-dependencies/ ./
COPY --from=build /app/extracted/application/ ./
USER 10001
# The memory defaults are in JAVA_TOOL_OPTIONS, so that an operator replaces them with docker run -e JAVA_TOOL_OPTIONS=...
# REDLINES_DATA_DIR, not SPRING_DATASOURCE_URL: the latter would also override the postgres profile's database.
ENV REDLINES_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
