/**
 * The "remote images are blocked" notice, as VS Code's Markdown preview shows one:
 * a quiet line under the strip when the page holds a blocked image (a placeholder)
 * or the CSP refused a remote load (a diagram's CSS `url()`), with a keyboard
 * reachable "Load remote images" button in a trusted workspace. The host decides.
 */
export class RemoteNotice {
  private _cspBlocked = false;
  private _offer: 'allow' | 'restricted' | undefined;

  constructor(
    private readonly _content: HTMLElement,
    private readonly _after: HTMLElement,
    private readonly _allow: () => void,
  ) {
    document.addEventListener('securitypolicyviolation', (e) => {
      if (!/^(?:https?:|\/\/)/i.test(e.blockedURI)) return;
      this._cspBlocked = true;
      this.refresh();
    });
  }

  /** What the page's settings offer: a button (trusted), an explanation (restricted), or nothing (allowed). */
  setOffer(offer: 'allow' | 'restricted' | undefined): void {
    this._offer = offer;
    this.refresh();
  }

  /** Show, update or remove the notice for what the page holds now. */
  refresh(): void {
    const blocked = this._cspBlocked || !!this._content.querySelector('.mlsd-remote-image');
    let box = document.getElementById('mlsd-notice');
    if (!this._offer || !blocked) return void box?.remove();
    if (box?.dataset.offer === this._offer) return;
    box?.remove();
    box = document.createElement('div');
    box.id = 'mlsd-notice';
    box.className = 'mlsd-notice';
    box.setAttribute('role', 'status');
    box.dataset.offer = this._offer;
    const text = document.createElement('span');
    if (this._offer === 'restricted') {
      text.textContent = 'Remote images are blocked: this workspace is in Restricted Mode.';
      box.append(text);
    } else {
      text.textContent = 'Remote images are blocked in this preview.';
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'Load remote images';
      b.addEventListener('click', () => this._allow());
      box.append(text, b);
    }
    this._after.after(box);
  }
}
