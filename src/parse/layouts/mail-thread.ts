/**
 * A mail client's printed thread (Gmail's "print all", a webmail's saved conversation): each message in a container of
 * its own — "<table class=message>", "<div class=mail-item>" — with its sender, date and recipients over its body, the
 * containers side by side. The densest block is the longest message's body only; the thread is every message, in page
 * order (a reply names the sender's post, a release, a successor the first message leaves out).
 */
import type { AnyNode, Element } from 'domhandler';

/** A class that names one message of a thread (not a forum's "msg" rows, whose posts thread-posts.ts reads by their bodies). */
const MESSAGE_CLASS = /^(?:message|mail|email)(?:[-_]?(?:item|container|wrap|wrapper|box|view))?$/i;
/** How far above the densest block its message's container may be. */
const MAX_DEPTH = 10;

function firstClassOf(el: Element): string | undefined {
  const cls = el.attribs?.['class'];
  return cls ? cls.trim().split(/\s+/)[0] || undefined : undefined;
}

/** The message containers beside the one holding `densest` (itself among them), when there are at least two; else undefined. */
export function readMailThread(densest: Element): Element[] | undefined {
  let el: Element | null = densest;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parent?.type === 'tag' || el.parent?.type === 'root' ? (el.parent as Element) : null) {
    const token = firstClassOf(el);
    if (!token || !MESSAGE_CLASS.test(token) || !el.parent) continue;
    const siblings = ((el.parent as unknown as { children: AnyNode[] }).children ?? []).filter((c): c is Element => c.type === 'tag' && (c as Element).name === el!.name && firstClassOf(c as Element) === token);
    return siblings.length >= 2 ? siblings : undefined;
  }
  return undefined;
}
