import { act, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { newsFiltersCodec } from "@/domain/news/news-filters";
import { searchPageCodec } from "@/domain/search/search-filters";
import { targetsViewCodec } from "@/domain/targets/targets-view";
import { timelineFiltersCodec } from "@/domain/timeline/timeline-filters";
import { listParam, type PageStateCodec } from "@/lib/search-params";
import { TYPING_REST_MS, useUrlState } from "@/lib/url-state";
import { renderWithProviders } from "../../tests/render";

interface PageState {
  q: string;
  tags: string[];
  mode: "a" | "b";
}

const tagsParam = listParam("tags");
const codec: PageStateCodec<PageState> = {
  names: ["q", tagsParam.name, "mode"],
  parse: (params) => ({
    q: params.get("q") ?? "",
    tags: tagsParam.parse(params),
    mode: params.get("mode") === "b" ? "b" : "a",
  }),
  write: (state) => {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    tagsParam.write(params, state.tags);
    if (state.mode === "b") params.set("mode", "b");
    return params;
  },
};

function Page() {
  const { state, urlState, update, flush } = useUrlState(codec);
  return (
    <>
      <label>
        Search
        <input
          value={state.q}
          onChange={(event) => update({ q: event.target.value }, { typing: true })}
          onBlur={flush}
        />
      </label>
      <p>URL query: {urlState.q || "none"}</p>
      <p>Tags: {state.tags.join(" ") || "none"}</p>
      <button
        type="button"
        onClick={() => {
          // Two updates in one event, each from the state it sees.
          update(({ tags }) => ({ tags: [...tags, "steel"] }));
          update({ mode: "b" });
        }}
      >
        Steel in mode b
      </button>
      <button type="button" onClick={() => update(({ tags }) => ({ tags: [...tags, "coal"] }))}>
        Add coal
      </button>
    </>
  );
}

const search = (router: { state: { location: { search: string } } }) =>
  router.state.location.search;

describe("useUrlState", () => {
  it("lands two updates made in one event", async () => {
    const { user, router } = renderWithProviders(<Page />, { url: "/page" });
    await user.click(screen.getByRole("button", { name: "Steel in mode b" }));
    expect(search(router)).toBe("?tags=steel&mode=b");
    await user.click(screen.getByRole("button", { name: "Add coal" }));
    expect(await screen.findByText("Tags: steel coal")).toBeInTheDocument();
    expect(search(router)).toBe("?tags=steel%2Ccoal&mode=b");
  });

  it("keeps parameters it does not own, in their place", async () => {
    const { user, router } = renderWithProviders(<Page />, { url: "/page?issuer=miit&mode=b" });
    await user.click(screen.getByRole("button", { name: "Add coal" }));
    expect(search(router)).toBe("?issuer=miit&mode=b&tags=coal");
  });

  it("shows typing at once and writes it into the URL once typing rests, replacing the entry", async () => {
    const { user, router } = renderWithProviders(<Page />, { url: "/page" });
    await user.type(screen.getByRole("textbox", { name: "Search" }), "ships");
    expect(screen.getByRole("textbox", { name: "Search" })).toHaveValue("ships");
    expect(screen.getByText("URL query: none")).toBeInTheDocument();
    expect(
      await screen.findByText("URL query: ships", {}, { timeout: TYPING_REST_MS * 5 }),
    ).toBeInTheDocument();
    expect(router.state.historyAction).toBe("REPLACE");
  });

  it("writes typing into the URL as soon as the field loses focus", async () => {
    const { user, router } = renderWithProviders(<Page />, { url: "/page" });
    await user.type(screen.getByRole("textbox", { name: "Search" }), "coal");
    await user.tab();
    expect(search(router)).toBe("?q=coal");
    expect(screen.getByText("URL query: coal")).toBeInTheDocument();
  });

  it("keeps typing over a change made elsewhere, then writes it on top", async () => {
    const { user, router } = renderWithProviders(<Page />, { url: "/page" });
    await user.type(screen.getByRole("textbox", { name: "Search" }), "iron");
    await act(() => router.navigate("?mode=b"));
    expect(screen.getByRole("textbox", { name: "Search" })).toHaveValue("iron");
    expect(
      await screen.findByText("URL query: iron", {}, { timeout: TYPING_REST_MS * 5 }),
    ).toBeInTheDocument();
    expect(search(router)).toBe("?mode=b&q=iron");
  });

  it("keeps what was typed when the page is left before typing rests", async () => {
    const { user } = renderWithProviders(<Page />, { url: "/page?mode=b" });
    await user.type(screen.getByRole("textbox", { name: "Search" }), "tin");
    act(() => {
      window.dispatchEvent(new Event("pagehide"));
    });
    expect(window.location.search).toBe("?mode=b&q=tin");
  });

  it("restores the URL's state on Back and leaves a pending draft behind", async () => {
    const { user, router } = renderWithProviders(<Page />, { url: "/page" });
    await user.click(screen.getByRole("button", { name: "Add coal" }));
    expect(await screen.findByText("Tags: coal")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Search" }), "zinc");
    await act(() => router.navigate(-1));
    expect(screen.getByText("Tags: none")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Search" })).toHaveValue("");
    await act(() => router.navigate(1));
    expect(screen.getByText("Tags: coal")).toBeInTheDocument();
  });
});

/** The parameters a codec writes for the state it reads from `url`, and those it owns. */
function ownership<T>(pageCodec: PageStateCodec<T>, url: string) {
  const written = pageCodec.write(pageCodec.parse(new URLSearchParams(url)));
  return {
    written: [...written.keys()],
    owned: pageCodec.names,
    given: new URLSearchParams(url).size,
  };
}

describe("page codecs", () => {
  it.each([
    [
      "news",
      () =>
        ownership(
          newsFiltersCodec,
          "q=x&company=a&country=FR&countryof=place&kind=joint-venture&sector=s&crossborder=1&from=2023&to=2024&sort=company-asc&chart=company",
        ),
    ],
    [
      "search",
      () =>
        ownership(
          searchPageCodec,
          "q=x&kind=policy&issuer=miit&sector=s&from=2023-01-01&to=2023-02-01",
        ),
    ],
    [
      "targets",
      () =>
        ownership(
          targetsViewCodec,
          "issuer=miit&sector=s&year=2025&quantitative=1&breakdown=issuer&unit=GW&focus=kind:qualitative",
        ),
    ],
    [
      "timeline",
      () =>
        ownership(
          timelineFiltersCodec,
          "issuer=a,b&match=all&sector=s&kind=top5&from=2023-01-01&to=2023-02-01&q=x&start=2023-01-01&end=2023-03-01&item=p&view=list&lanes=name&sort=date-asc",
        ),
    ],
  ])("%s owns every parameter it writes", (_, read) => {
    const { written, owned, given } = read();
    expect(written).toHaveLength(given);
    for (const name of written) expect(owned).toContain(name);
  });
});
