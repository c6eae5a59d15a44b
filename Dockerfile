# Build and run PrisonerTracker. Node is needed at build time: charts come from npm.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet tool restore \
 && dotnet publish src/PrisonerTracker.Web -c Release -o /app \
 && dotnet ef migrations bundle --project src/PrisonerTracker.Infrastructure --startup-project src/PrisonerTracker.Infrastructure \
      -o /app/efbundle --self-contained -r linux-x64

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080
EXPOSE 8080
# Apply migrations, load the demo data when absent, then serve.
ENTRYPOINT ["/bin/sh", "-c", "./efbundle --connection \"$ConnectionStrings__Tracker\" && dotnet PrisonerTracker.Web.dll seed-demo && exec dotnet PrisonerTracker.Web.dll"]
