import type { Person } from "@/data/schema";

/** Authors and editors as the brief's last page lists them. */
export function BriefPeople({ authors, editors }: { authors: Person[]; editors: Person[] }) {
  const groups = [
    { title: "Authors", people: authors },
    { title: "Editors", people: editors },
  ].filter((group) => group.people.length > 0);
  if (groups.length === 0) return null;
  return (
    <footer className="mt-10 grid gap-6 border-t border-stone-200 pt-6 text-sm sm:grid-cols-2 dark:border-stone-800">
      {groups.map((group) => (
        <section key={group.title} aria-labelledby={`people-${group.title}`}>
          <h2
            id={`people-${group.title}`}
            className="text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400"
          >
            {group.title}
          </h2>
          <ul className="mt-2 space-y-2">
            {group.people.map((person) => (
              <li key={person.name}>
                <span className="font-medium">{person.name}</span>
                {person.role && (
                  <span className="block text-stone-600 dark:text-stone-400">{person.role}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </footer>
  );
}
