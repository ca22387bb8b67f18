import { UN_LANGUAGES } from '#libs/contracts';
import { Html, html } from '../html';
import { PageContext, Notice } from './context';
import { csrfField, dateTime, inLanguage, selectField, submitButton, term, textArea, textField } from './components';
import { DocumentHeader, documentLinks, documentTrail } from './document';
import { layout } from './layout';
import { CitedProvisionModel, citedProvisions } from './notifications';

export interface CommentModel {
  readonly commentId: string;
  readonly authorId: string;
  readonly authorName: string;
  /** Null when hidden and the viewer is not the secretariat. */
  readonly text: string | null;
  readonly language: string;
  readonly replyTo: string | null;
  readonly postedAt: string;
  readonly hidden: { readonly by: string; readonly reason: string; readonly at: string } | null;
}

export type CommentSubjectModel =
  | {
      readonly on: 'amendment';
      readonly id: string;
      readonly proposers: readonly string[];
      readonly provisions: readonly CitedProvisionModel[];
    }
  | { readonly on: 'provision'; readonly id: string; readonly provision: CitedProvisionModel };

export interface CommentsPageData extends DocumentHeader {
  readonly subject: CommentSubjectModel;
  readonly comments: readonly CommentModel[];
  /** Present when the viewer may comment: the voices it writes in (itself, its groups; a chair or the secretariat as itself). */
  readonly form?: {
    readonly authors: readonly { readonly id: string; readonly name: string }[];
    readonly values?: { readonly authorId?: string; readonly text?: string; readonly language?: string };
  };
  /** The secretariat moderates: it sees hidden words and hides comments. */
  readonly moderator: boolean;
  readonly notices?: readonly Notice[];
}

function subjectTitle(ctx: PageContext, subject: CommentSubjectModel): string {
  const { t } = ctx;
  return subject.on === 'amendment'
    ? t('comments.onAmendment', {
        proposers: subject.proposers.join(t('awareness.and')),
        provisions: citedProvisions(t, subject.provisions),
      })
    : t('comments.onProvision', { provision: citedProvisions(t, [subject.provision]) });
}

function commentItem(ctx: PageContext, data: CommentsPageData, comment: CommentModel, authors: ReadonlyMap<string, string>): Html {
  const { t } = ctx;
  const replied = comment.replyTo ? authors.get(comment.replyTo) : undefined;
  const words = comment.hidden
    ? data.moderator && comment.text !== null
      ? html`<p class="hidden-comment">${t('comments.hiddenKept', { reason: comment.hidden.reason })}</p>${inLanguage(comment.language, comment.text, 'p')}`
      : html`<p class="hidden-comment">${t('comments.hidden', { reason: comment.hidden.reason })}</p>`
    : inLanguage(comment.language, comment.text ?? '', 'p');
  const hiding =
    data.moderator && !comment.hidden
      ? html`<form method="post" action="/web/documents/${data.document.id}/comments/${comment.commentId}/hiding?on=${data.subject.on}&amp;subject=${data.subject.id}">
${csrfField(ctx)}
${textField({ id: `hide-reason-${comment.commentId}`, name: 'reason', label: t('comments.hideReason'), required: true })}
${submitButton(t('comments.hide'), { secondary: true })}
</form>`
      : '';
  return html`<li class="comment" id="comment-${comment.commentId}">
<p><strong><bdi>${comment.authorName}</bdi></strong> · ${dateTime(ctx, comment.postedAt)}${replied ? html` · ${t('comments.replyTo', { author: replied })}` : ''}</p>
${words}
${hiding}
</li>`;
}

function postForm(ctx: PageContext, data: CommentsPageData, form: NonNullable<CommentsPageData['form']>): Html {
  const { t } = ctx;
  const values = form.values ?? {};
  return html`<section aria-labelledby="post-comment">
<h2 id="post-comment">${t('comments.post')}</h2>
<form method="post" action="/web/documents/${data.document.id}/comments?on=${data.subject.on}&amp;subject=${data.subject.id}">
${csrfField(ctx)}
${selectField({
  id: 'comment-author',
  name: 'authorId',
  label: t('comments.author'),
  value: values.authorId,
  required: true,
  choices: form.authors.map((a) => ({ value: a.id, label: a.name })),
})}
${selectField({
  id: 'comment-language',
  name: 'language',
  label: t('comments.language'),
  value: values.language ?? ctx.locale,
  required: true,
  choices: UN_LANGUAGES.map((code) => ({ value: code, label: term(t, 'language', code) })),
})}
${textArea({ id: 'comment-text', name: 'text', label: t('comments.text'), value: values.text, required: true, rows: 5 })}
${submitButton(t('comments.send'))}
</form>
</section>`;
}

/** The thread of an amendment or a provision: the comments in the order posted, hidden ones by their reason; the form to comment. */
export function commentsPage(ctx: PageContext, data: CommentsPageData): string {
  const { t } = ctx;
  const title = subjectTitle(ctx, data.subject);
  const authors = new Map(data.comments.map((c) => [c.commentId, c.authorName]));
  const body = html`<h1>${title}</h1>
${documentLinks(ctx, data)}
${data.comments.length === 0 ? html`<p>${t('comments.none')}</p>` : html`<ol class="comments">${data.comments.map((c) => commentItem(ctx, data, c, authors))}</ol>`}
${data.form ? postForm(ctx, data, data.form) : ''}`;
  return layout(ctx, {
    title: `${t('comments.title')}: ${data.document.symbol}`,
    body,
    notices: data.notices,
    trail: documentTrail(ctx, data, {
      href: `/web/documents/${data.document.id}/comments?on=${data.subject.on}&subject=${data.subject.id}`,
      label: t('comments.title'),
    }),
  });
}
