# Builds and runs BudgetFlow. Used by docker-compose.yml (for users; the build machines have no Docker engine).
FROM maven:3.9-eclipse-temurin-17 AS build
# npm fetches the embedded CJK font of the PDF renderer from the npm registry during the build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/budgetflow.jar /app/budgetflow.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/budgetflow.jar"]
