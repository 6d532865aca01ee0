# Build the jar first: ./mvnw -DskipTests package
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/ketenlens.jar /app/ketenlens.jar
EXPOSE 8080
# Add-Opens for Neo4j are in the jar manifest; with NEO4J_URI set no embedded store is started.
ENTRYPOINT ["java", "-jar", "/app/ketenlens.jar"]
CMD ["serve"]
