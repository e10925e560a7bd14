# Two images from one build: the API (target api) and the database job (target seeding).
# The base images are the official ones unless a build names others (CI builds on stand-ins: db/docker/).
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props Catalogue.sln ./
COPY src/Catalogue.Data/Catalogue.Data.csproj src/Catalogue.Data/
COPY src/Catalogue.Api/Catalogue.Api.csproj src/Catalogue.Api/
COPY src/Catalogue.Seeding/Catalogue.Seeding.csproj src/Catalogue.Seeding/
RUN dotnet restore src/Catalogue.Api/Catalogue.Api.csproj && dotnet restore src/Catalogue.Seeding/Catalogue.Seeding.csproj
COPY src/ src/
RUN dotnet publish src/Catalogue.Api/Catalogue.Api.csproj -c Release --no-restore -o /out/api \
 && dotnet publish src/Catalogue.Seeding/Catalogue.Seeding.csproj -c Release --no-restore -o /out/seeding

FROM ${RUNTIME_IMAGE} AS seeding
WORKDIR /app
COPY --from=build /out/seeding ./
COPY seeds/ ./seeds/
USER $APP_UID
ENTRYPOINT ["dotnet", "Catalogue.Seeding.dll"]
CMD ["seed", "--documents", "/app/seeds"]

FROM ${RUNTIME_IMAGE} AS api
WORKDIR /app
COPY --from=build /out/api ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Catalogue.Api.dll"]
