/** A selector that finds `element` again in the same document: its id, or a path of nth-of-type steps. */
export function selectorFor(element: Element): string {
  const steps: string[] = [];
  for (let el: Element | null = element; el && el.tagName !== 'HTML'; el = el.parentElement) {
    if (el.id && /^[A-Za-z][\w-]*$/.test(el.id)) {
      steps.unshift(`#${el.id}`);
      break;
    }
    const tag = el.tagName.toLowerCase();
    const siblings = el.parentElement ? Array.from(el.parentElement.children).filter((s) => s.tagName === el.tagName) : [];
    steps.unshift(siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(el) + 1})` : tag);
  }
  return steps.join(' > ');
}
