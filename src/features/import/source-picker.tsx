import { useId, useState, type DragEvent } from "react";
import { classifyFile, classifyText, PASTED, type ClassifiedInput } from "./import-input";
import { Button } from "@/components/ui/button";

const ACCEPT = ".pdf,.txt,.md,.json,application/pdf,text/plain,text/markdown,application/json";

async function classify(file: File): Promise<ClassifiedInput> {
  return classifyFile(file.name, new Uint8Array(await file.arrayBuffer()));
}

/** File picker, drop zone and paste box: three ways to hand the page a brief. */
export function SourcePicker({ onInput }: { onInput: (input: ClassifiedInput) => void }) {
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const fileId = useId();
  const pasteId = useId();
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void classify(file).then(onInput);
  };
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
        className={`rounded-lg border-2 border-dashed p-6 ${dragging ? "border-accent-600 bg-accent-50 dark:bg-stone-800" : "border-stone-300 dark:border-stone-700"}`}
      >
        <label htmlFor={fileId} className="block font-medium">
          Choose the brief&apos;s file
        </label>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          A PDF, a .txt or .md file with its text, or a brief JSON file — or drop it here.
        </p>
        <input
          id={fileId}
          type="file"
          accept={ACCEPT}
          className="mt-3 block text-sm"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void classify(file).then(onInput);
          }}
        />
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onInput(classifyText(PASTED, pasted));
        }}
        className="flex flex-col gap-2"
      >
        <label htmlFor={pasteId} className="font-medium">
          Or paste the brief&apos;s text
        </label>
        <textarea
          id={pasteId}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          rows={8}
          className="rounded-md border border-stone-300 p-2 font-mono text-xs dark:border-stone-700 dark:bg-stone-900"
        />
        <Button type="submit" className="self-start">
          Read the pasted text
        </Button>
      </form>
    </div>
  );
}
