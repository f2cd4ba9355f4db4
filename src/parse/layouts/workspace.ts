/**
 * A team chat's channel exported as a web page (a Slack, Discord or Mattermost export viewer): the page's <title> names
 * the channel, the workspace and the exporter ("#announcements - X (x-corp) - Slack export"), while the page's own heading
 * names the channel alone. The workspace is the organisation whose members write in the channel.
 */

/** The exporter part of such a title ("Slack export", "Discord", "Mattermost 내보내기"). */
const EXPORTER = /^(?:Slack|Discord|Mattermost|Rocket\.Chat|Microsoft Teams|Teams|Zulip)(?:\s(?:export|archive|내보내기|아카이브))?$/i;
/** A channel's name ("#announcements", "# ml-research"). */
const CHANNEL = /^#\s?[^\s#]{1,40}$/;
/** A title's parts ("A - B - C", "A | B | C"). */
const PART_MARK = /\s[-–|·]\s/;

export interface Workspace {
  /** The title to read: the channel and the workspace ("#announcements - X (x-corp)"). */
  title: string;
  /** The workspace's name, without its address slug ("X"). */
  name: string;
}

/** The workspace a chat export's page title names, if the title is one: a channel, a workspace and the exporter. */
export function readWorkspaceTitle(docTitle: string): Workspace | undefined {
  const parts = docTitle.split(PART_MARK).map((p) => p.trim());
  if (parts.length !== 3 || !CHANNEL.test(parts[0]!) || !EXPORTER.test(parts[2]!)) return undefined;
  const name = parts[1]!.replace(/\s?\([a-z0-9][a-z0-9.\-]{0,40}\)$/i, '').trim();
  if (name.length < 2 || name.length > 30) return undefined;
  return { title: `${parts[0]} - ${parts[1]}`, name };
}
