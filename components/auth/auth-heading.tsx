/** An account page's title and its one-line introduction (sign-in, registration, password pages). */
export function AuthHeading({ title, intro }: { title: string; intro: string }) {
  return (
    <div>
      <h1 className="text-2xl font-bold text-leaf-900">{title}</h1>
      <p className="mt-1 text-sm text-stone-600">{intro}</p>
    </div>
  );
}
