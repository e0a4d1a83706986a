// Package hostrpc reads finalized host-chain headers from a validator's own
// JSON-RPC endpoint, for the vote extensions that attest them.
package hostrpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Errors. ErrNotFound means the node answered but has no such block yet;
// anything else is a transport or protocol failure.
var (
	ErrNotFound = errors.New("hostrpc: block not found")
	ErrRPC      = errors.New("hostrpc: RPC failure")
	ErrTooShort = errors.New("hostrpc: chain shorter than the confirmation depth")
)

// maxResponse bounds a response body.
const maxResponse = 1 << 20

// Client is a minimal Ethereum JSON-RPC client.
type Client struct {
	URL  string
	HTTP *http.Client
}

// New returns a client for url using http.DefaultClient; callers bound
// each call with its context.
func New(url string) *Client { return &Client{URL: url, HTTP: http.DefaultClient} }

type rpcRequest struct {
	JSONRPC string `json:"jsonrpc"`
	ID      int    `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

type rpcResponse struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func (c *Client) call(ctx context.Context, method string, out any, params ...any) error {
	body, err := json.Marshal(rpcRequest{JSONRPC: "2.0", ID: 1, Method: method, Params: params})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrRPC, err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrRPC, method, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrRPC, method, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%w: %s: HTTP %d", ErrRPC, method, resp.StatusCode)
	}
	var r rpcResponse
	if err := json.Unmarshal(data, &r); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrRPC, method, err)
	}
	if r.Error != nil {
		return fmt.Errorf("%w: %s: %d %s", ErrRPC, method, r.Error.Code, r.Error.Message)
	}
	if len(r.Result) == 0 || string(r.Result) == "null" {
		return ErrNotFound
	}
	return json.Unmarshal(r.Result, out)
}

func parseQuantity(s string) (uint64, error) {
	if !strings.HasPrefix(s, "0x") {
		return 0, fmt.Errorf("%w: quantity %q", ErrRPC, s)
	}
	return strconv.ParseUint(s[2:], 16, 64)
}

func parseHash(s string) ([]byte, error) {
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return nil, fmt.Errorf("%w: hash %q", ErrRPC, s)
	}
	b := make([]byte, 32)
	for i := range b {
		v, err := strconv.ParseUint(s[2+2*i:4+2*i], 16, 8)
		if err != nil {
			return nil, fmt.Errorf("%w: hash %q", ErrRPC, s)
		}
		b[i] = byte(v)
	}
	return b, nil
}

// FinalizedHeader returns the header with depth confirmations: block
// tip − depth + 1, counting the block itself as its first confirmation
// (depth 1 is the tip). Depth is the host chain's governed confirmation
// depth; the `finalized` tag is not used because not every host chain
// (anvil, some L2s) serves it. The returned header has no chain id set.
func (c *Client) FinalizedHeader(ctx context.Context, depth uint64) (types.HostHeader, error) {
	if depth == 0 {
		return types.HostHeader{}, fmt.Errorf("%w: zero depth", ErrTooShort)
	}
	var tipHex string
	if err := c.call(ctx, "eth_blockNumber", &tipHex); err != nil {
		return types.HostHeader{}, err
	}
	tip, err := parseQuantity(tipHex)
	if err != nil {
		return types.HostHeader{}, err
	}
	if tip+1 < depth {
		return types.HostHeader{}, fmt.Errorf("%w: tip %d, depth %d", ErrTooShort, tip, depth)
	}
	n := tip - depth + 1
	var block struct {
		Number    string `json:"number"`
		Hash      string `json:"hash"`
		StateRoot string `json:"stateRoot"`
	}
	if err := c.call(ctx, "eth_getBlockByNumber", &block, "0x"+strconv.FormatUint(n, 16), false); err != nil {
		return types.HostHeader{}, err
	}
	got, err := parseQuantity(block.Number)
	if err != nil {
		return types.HostHeader{}, err
	}
	if got != n {
		return types.HostHeader{}, fmt.Errorf("%w: asked for block %d, got %d", ErrRPC, n, got)
	}
	hash, err := parseHash(block.Hash)
	if err != nil {
		return types.HostHeader{}, err
	}
	root, err := parseHash(block.StateRoot)
	if err != nil {
		return types.HostHeader{}, err
	}
	return types.HostHeader{Number: n, Hash: hash, StateRoot: root}, nil
}
