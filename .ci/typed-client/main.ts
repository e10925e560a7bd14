// Compiled by .ci/lint-openapi.sh under tsc --strict against types generated from the served OpenAPI document:
// the main operations must type-check as a client would call them, and the @ts-expect-error lines must fail.
import createClient from "openapi-fetch";
import type { paths } from "./catalogue";

const client = createClient<paths>({ baseUrl: "http://localhost:8080" });

export async function main(): Promise<string | undefined> {
  const films = await client.GET("/v1/films", { params: { query: { limit: 5, sort: "-year", genre: "documentary", minRating: 70 } } });
  const slug: string | undefined = films.data?.items[0]?.slug;
  const film = await client.GET("/v1/films/{id}", { params: { path: { id: "last-men-in-aleppo-2017" }, query: { include: "provenance" } } });
  const runtime: number | undefined = film.data?.runtimes[0]?.minutes;
  await client.GET("/v1/people", { params: { query: { q: "fayad", limit: 5 } } });
  await client.GET("/v1/search", { params: { query: { q: "aleppo", limit: 10 } } });
  await client.GET("/v1/find", { params: { query: { imdb: "tt6333072" } } });

  // @ts-expect-error sort is a closed vocabulary
  await client.GET("/v1/films", { params: { query: { sort: "bogus" } } });
  // @ts-expect-error limit is a number, not a string
  await client.GET("/v1/films", { params: { query: { limit: "5" } } });
  // @ts-expect-error role is a closed vocabulary
  await client.GET("/v1/films", { params: { query: { role: "grip" } } });
  return slug ?? String(runtime);
}
